package io.github.isms.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.source.SourceFolder.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the ISMS is found through one walk that follows each symbolic link by hand and never leaves the folder. */
class SourceFolderTest {

    @TempDir
    Path tmp;

    Path isms;
    Path outside;
    SourceFolder folder;

    @BeforeEach
    void anIsmsAndAFolderOfTheBuildMachine() throws Exception {
        isms = Files.createDirectories(tmp.resolve("project/src/isms"));
        outside = Files.createDirectories(tmp.resolve("home/.m2"));
        Files.writeString(outside.resolve("settings.xml"), "<password>secret</password>");
        Files.writeString(Files.createDirectories(isms.resolve("documents")).resolve("policy.md"), "# Policy");
        folder = new SourceFolder(isms);
    }

    @Test
    void aPlainFileInsideIsFoundAtItsRealPath() throws Exception {
        Path policy = isms.resolve("documents/policy.md");
        assertThat(folder.locate(policy)).isEqualTo(new SourceFolder.Place(Kind.INSIDE, policy.toRealPath()));
        assertThat(folder.regularFile(policy)).isEqualTo(policy.toRealPath());
    }

    @Test
    void anAssetsFolderThatIsItselfALinkOutOfTheIsmsIsRefused() throws Exception {
        // The attack: assets -> the build user's home; the old check compared with the link's own target.
        Files.createSymbolicLink(isms.resolve("assets"), outside.getParent());
        assertThat(folder.locate(isms.resolve("assets/.m2/settings.xml")).kind()).isEqualTo(Kind.OUTSIDE);
        assertThat(folder.regularFile(isms.resolve("assets/.m2/settings.xml"))).isNull();
    }

    @Test
    void aChainOfLinksThatLeavesAndComesBackIsRefused() throws Exception {
        Files.createDirectories(isms.resolve("assets"));
        Path real = Files.writeString(isms.resolve("assets/real.png"), "png");
        Path hop = Files.createSymbolicLink(outside.resolve("hop.png"), real);
        Files.createSymbolicLink(isms.resolve("assets/a.png"), hop);

        assertThat(isms.resolve("assets/a.png").toRealPath()).isEqualTo(real.toRealPath());
        assertThat(folder.locate(isms.resolve("assets/a.png")).kind()).isEqualTo(Kind.OUTSIDE);
    }

    @Test
    void aRelativeLinkThatClimbsOutIsRefusedAndOneThatStaysInsideIsFollowed() throws Exception {
        Files.createDirectories(isms.resolve("assets/media"));
        Files.writeString(isms.resolve("assets/media/zones.png"), "png");
        Files.createSymbolicLink(isms.resolve("assets/escape.xml"), Path.of("../../../../home/.m2/settings.xml"));
        Files.createSymbolicLink(isms.resolve("assets/zones.png"), Path.of("media/../media/zones.png"));
        Files.createSymbolicLink(isms.resolve("pictures"), Path.of("assets/media"));

        assertThat(isms.resolve("assets/escape.xml")).exists();
        assertThat(folder.locate(isms.resolve("assets/escape.xml")).kind()).isEqualTo(Kind.OUTSIDE);
        assertThat(folder.regularFile(isms.resolve("assets/zones.png"))).isEqualTo(isms.resolve("assets/media/zones.png").toRealPath());
        assertThat(folder.regularFile(isms.resolve("pictures/zones.png"))).isEqualTo(isms.resolve("assets/media/zones.png").toRealPath());
    }

    @Test
    void anAbsoluteLinkCountsOnlyWhenItNamesAPlaceInside() throws Exception {
        Files.createSymbolicLink(isms.resolve("inside.md"), isms.resolve("documents/policy.md"));
        Files.createSymbolicLink(isms.resolve("outside.md"), outside.resolve("settings.xml"));
        assertThat(folder.locate(isms.resolve("inside.md")).kind()).isEqualTo(Kind.INSIDE);
        assertThat(folder.locate(isms.resolve("outside.md")).kind()).isEqualTo(Kind.OUTSIDE);
    }

    @Test
    void aPathThatClimbsOutWithoutAnyLinkIsOutside() {
        assertThat(folder.locate(isms.resolve("../../home/.m2/settings.xml")).kind()).isEqualTo(Kind.OUTSIDE);
    }

    @Test
    void aMissingFileABrokenLinkAndALoopAreMissing() throws Exception {
        Files.createSymbolicLink(isms.resolve("broken.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(isms.resolve("loop-a"), Path.of("loop-b"));
        Files.createSymbolicLink(isms.resolve("loop-b"), Path.of("loop-a"));
        assertThat(folder.locate(isms.resolve("none.md")).kind()).isEqualTo(Kind.MISSING);
        assertThat(folder.locate(isms.resolve("broken.md")).kind()).isEqualTo(Kind.MISSING);
        assertThat(folder.locate(isms.resolve("loop-a")).kind()).isEqualTo(Kind.MISSING);
    }

    @Test
    void theIsmsFolderItselfMayBeALinkItsRealPathIsTheBoundary() throws Exception {
        Path linked = Files.createSymbolicLink(tmp.resolve("project/isms-link"), isms);
        SourceFolder viaLink = new SourceFolder(linked);
        assertThat(viaLink.regularFile(linked.resolve("documents/policy.md"))).isEqualTo(isms.resolve("documents/policy.md").toRealPath());
    }
}
