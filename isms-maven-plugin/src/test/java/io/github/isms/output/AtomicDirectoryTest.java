package io.github.isms.output;

import io.github.isms.site.SiteWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.isms.digest.Sha256;
import io.github.isms.verify.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {

    @TempDir
    Path parent;

    /** Where tests that keep a spare put the site and the spare. */
    private Path site;
    private Path spare;

    @BeforeEach
    void folders() {
        site = parent.resolve("site");
        spare = parent.resolve(".site.spare");
    }

    @Test
    void aWriterThatSucceedsReplacesTheWholeFolder() throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("old.html"), "old");

        AtomicDirectory.replace(site, null, staging -> write(staging, "new.html", "new"));

        assertThat(site.resolve("new.html")).hasContent("new");
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFolderAsItWasAndNoTraces() throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "last good");

        failHalfwayAndExpectTheLastGoodSiteAlone(site, null);
    }

    @Test
    void theFirstBuildCreatesTheFolderAndItsParents() {
        Path deep = parent.resolve("target/isms/site");

        AtomicDirectory.replace(deep, null, staging -> write(staging, "index.html", "first"));

        assertThat(deep.resolve("index.html")).hasContent("first");
    }

    @Test
    void theReplacedFolderBecomesTheSpareAndTheNextBuildWritesOverItLeavingOnlyWhatItWrote() throws IOException {
        AtomicDirectory.replace(site, spare, staging -> write(staging, "docs/A/index.html", "first A"));
        AtomicDirectory.replace(site, spare, staging -> write(staging, "docs/B/index.html", "second B"));
        assertThat(spare.resolve("docs/A/index.html")).hasContent("first A");
        Path spareFile = spare.resolve("docs/A/index.html");
        Object inode = Files.readAttributes(spareFile, BasicFileAttributes.class).fileKey();

        AtomicDirectory.replace(site, spare, staging -> write(staging, "docs/A/index.html", "third A"));

        assertThat(site.resolve("docs/A/index.html")).hasContent("third A");
        assertThat(Files.readAttributes(site.resolve("docs/A/index.html"), BasicFileAttributes.class).fileKey())
                .as("the spare's file was written over, not created anew").isEqualTo(inode);
        assertThat(site.resolve("docs/B")).as("what the spare held and this build did not write").doesNotExist();
        assertThat(spare.resolve("docs/B/index.html")).hasContent("second B");
        assertThat(siblings()).containsExactly(".site.spare", "site");
    }

    @Test
    void aPageTheSpareAlreadyHoldsIsLeftAsItWasAndKeepsItsHashUnlessItWasChangedAfterThatBuild() throws IOException {
        for (int build = 0; build < 2; build++) {
            AtomicDirectory.replace(site, spare, staging -> {
                SiteWriter out = new SiteWriter(staging);
                out.write("same.html", "unchanged");
                out.write("edited.html", "as built");
                // A real build writes its pages well before its manifest; file times are coarse (one clock tick),
                // and a page stamped in the manifest's own tick is never trusted.
                pause();
                out.write(Manifest.FILE_NAME, new Manifest(out.digests()).json());
                return out.digests().keySet();
            });
        }
        Path same = spare.resolve("same.html");
        FileTime before = Files.getLastModifiedTime(same);
        Files.writeString(spare.resolve("edited.html"), "by hand"); // changed by hand after that build

        AtomicReference<SortedMap<String, String>> hashes = new AtomicReference<>();
        AtomicDirectory.replace(site, spare, staging -> {
            SiteWriter out = new SiteWriter(staging);
            out.write("same.html", "unchanged");
            out.write("edited.html", "by hand");
            hashes.set(out.digests());
            return out.digests().keySet();
        });

        assertThat(Files.getLastModifiedTime(site.resolve("same.html"))).as("not written again").isEqualTo(before);
        assertThat(hashes.get()).containsEntry("same.html", Sha256.hex("unchanged".getBytes(StandardCharsets.UTF_8)))
                .as("a file changed after its build is hashed anew, never taken from the old manifest")
                .containsEntry("edited.html", Sha256.hex("by hand".getBytes(StandardCharsets.UTF_8)));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLinkInTheSpareIsRemovedBeforeAnythingIsWrittenSoNoWriteLeavesTheFolder() throws IOException {
        Path outside = Files.writeString(parent.resolve("outside.txt"), "untouched");
        Files.createDirectories(spare);
        Files.createSymbolicLink(spare.resolve("index.html"), outside);

        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "page"));

        assertThat(outside).hasContent("untouched");
        assertThat(site.resolve("index.html")).hasContent("page").isRegularFile();
    }

    @Test
    void aFailedBuildOverTheSpareLeavesTheOldFolderAsItWasAndDropsTheSpare() throws IOException {
        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "first"));
        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "last good"));

        failHalfwayAndExpectTheLastGoodSiteAlone(site, spare);
    }

    /** A build that dies after writing half a page: the site still says "last good", and no hidden folder is left. */
    private void failHalfwayAndExpectTheLastGoodSiteAlone(Path site, Path spare) throws IOException {
        assertThatThrownBy(() -> AtomicDirectory.replace(site, spare, staging -> {
            write(staging, "index.html", "half");
            throw new UncheckedIOException(new IOException("disk full"));
        })).hasMessageContaining("disk full");

        assertThat(site.resolve("index.html")).hasContent("last good");
        assertThat(siblings()).containsExactly("site");
    }

    private Object[] siblings() throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray();
        }
    }

    /** Writes one file the way the site's writer does (folders as needed) and reports it as all it wrote. */
    private static Set<String> write(Path staging, String path, String text) {
        try {
            Path file = staging.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.of(path);
    }

    @Test
    void aBuildKilledBetweenTheSwapsTwoRenamesLeftTheLastGoodSiteUnderItsOldNameAndTheNextBuildPutsItBackFirst() throws IOException {
        Path old = parent.resolve(".site.old-killed");
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "last good");
        Path staging = parent.resolve(".site.new-killed");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "complete but never swapped in");

        AtomicDirectory.recoverFromAnInterruptedBuild(site, spare);

        assertThat(site.resolve("index.html")).hasContent("last good");
        assertThat(siblings()).as("the staging folder is deleted, never kept as the spare").containsExactly("site");
    }

    @Test
    void leftoversOfAKilledBuildBecomeTheSpareOrAreDeletedAndTheNextBuildSucceeds() throws IOException {
        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "first"));
        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "second"));
        Files.move(spare, parent.resolve(".site.new-killed")); // killed while writing over the spare
        Files.createDirectories(parent.resolve(".site.old-killed"));  // and an older leftover

        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "third"));

        assertThat(site.resolve("index.html")).hasContent("third");
        assertThat(siblings()).containsExactlyInAnyOrder("site", ".site.spare");
    }

    @Test
    void aStagingFolderAFailedBuildLeftIsDeletedNotWrittenOverSoWhatMadeItFailCanNotFailTheNext() throws IOException {
        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "first"));
        Path leftover = parent.resolve(".site.new-failed");
        Files.createDirectories(leftover.resolve("index.html"));  // a folder where the next build writes a page
        Files.writeString(leftover.resolve("index.html/in-the-way"), "x");

        AtomicDirectory.replace(site, spare, staging -> write(staging, "index.html", "second"));

        assertThat(site.resolve("index.html")).hasContent("second");
        assertThat(siblings()).containsExactlyInAnyOrder("site", ".site.spare");
    }
}
