package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isms:site keeps the site it replaces as a hidden spare to write over, but only inside its own output folder. */
class SiteMojoSpareTest {

    @TempDir
    Path dir;

    private SiteMojo mojo(Path siteDirectory) {
        TestIsms.in(dir).document("policy.md", TestDocument.of("POL-001"));
        SiteMojo mojo = CheckMojoTest.inProject(new SiteMojo(), dir);
        mojo.siteDirectory = siteDirectory.toFile();
        mojo.pdf = false;
        return mojo;
    }

    @Test
    void theDefaultSiteKeepsItsSpareInTheOutputFolder() throws Exception {
        SiteMojo mojo = mojo(dir.resolve("target/isms/site"));
        mojo.execute();
        mojo.execute();

        assertThat(dir.resolve("target/isms/site/index.html")).isRegularFile();
        assertThat(dir.resolve("target/isms/.site.spare/index.html")).isRegularFile();
    }

    @Test
    void aSiteWrittenOutsideTheOutputFolderKeepsNoSpareBesideIt() throws Exception {
        Path published = dir.resolve("public/isms");
        SiteMojo mojo = mojo(published);
        mojo.execute();
        mojo.execute();

        assertThat(published.resolve("index.html")).isRegularFile();
        assertThat(dir.resolve("public/.isms.spare")).doesNotExist();
    }
}
