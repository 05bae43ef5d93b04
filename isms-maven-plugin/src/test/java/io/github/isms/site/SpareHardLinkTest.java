package io.github.isms.site;

import io.github.isms.output.AtomicDirectory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.SortedMap;
import io.github.isms.digest.Sha256;
import io.github.isms.verify.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing over the spare in place must not change anything outside the site, nor trust a page changed since its manifest. */
class SpareHardLinkTest {

    @TempDir
    Path parent;

    @Test
    void aHardLinkedCopyOfAnEarlierSiteIsNotRewrittenByALaterBuild() throws IOException {
        Path site = parent.resolve("site");
        Path spare = parent.resolve(".site.spare");
        build(site, spare, "version 1");
        // An archive of the published site made with hard links (cp -al, rsync --link-dest, a backup tool).
        Path archive = Files.createDirectories(parent.resolve("archive-v1"));
        Files.createLink(archive.resolve("index.html"), site.resolve("index.html"));
        build(site, spare, "version 2"); // site v1 becomes the spare
        build(site, spare, "version 3"); // written over the spare in place

        assertThat(site.resolve("index.html")).hasContent("version 3");
        assertThat(archive.resolve("index.html")).as("the archived v1 page").hasContent("version 1");
    }

    @Test
    void aFileChangedInTheSameClockTickAsTheManifestDoesNotKeepTheManifestsStaleHash() throws IOException {
        Path site = parent.resolve("site");
        Path spare = parent.resolve(".site.spare");
        build(site, spare, "as built");
        build(site, spare, "as built");
        // Changed after that build, within the manifest's timestamp tick (coarse clocks: 1 s HFS+/ext3, 2 s FAT,
        // one jiffy on Linux), or with its time kept (cp -p, rsync -t, tar).
        Path page = spare.resolve("index.html");
        FileTime manifestTime = Files.getLastModifiedTime(spare.resolve(Manifest.FILE_NAME));
        Files.writeString(page, "by hand!");
        Files.setLastModifiedTime(page, manifestTime);

        AtomicReference<SortedMap<String, String>> hashes = new AtomicReference<>();
        AtomicDirectory.replace(site, spare, staging -> {
            SiteWriter out = new SiteWriter(staging);
            out.write("index.html", "by hand!");
            hashes.set(out.digests());
            return out.digests().keySet();
        });

        assertThat(hashes.get()).containsEntry("index.html", Sha256.hex("by hand!".getBytes(StandardCharsets.UTF_8)));
    }

    private static void build(Path site, Path spare, String text) {
        AtomicDirectory.replace(site, spare, staging -> {
            SiteWriter out = new SiteWriter(staging);
            out.write("index.html", text);
            out.write(Manifest.FILE_NAME, new Manifest(out.digests()).json());
            return out.digests().keySet();
        });
    }
}
