package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo only maps parameters and outcomes; these pin the two switches users rely on. */
class CheckMojoTest {

    @TempDir
    Path dir;

    private CheckMojo mojo() {
        return inProject(new CheckMojo(), dir);
    }

    /** A goal with the parameters Maven gives it for a project in {@code dir} (the defaults of the shared ones). */
    static <T extends AbstractIsmsMojo> T inProject(T mojo, Path dir) {
        mojo.basedir = dir.toFile();
        mojo.sourceDirectory = dir.resolve("src/isms").toFile();
        mojo.outputDirectory = dir.resolve("target/isms").toFile();
        mojo.maxFileBytes = 8L * 1024 * 1024;
        return mojo;
    }

    @Test
    void errorsFailTheBuildNamingTheirCount() {
        TestIsms.in(dir).document("a.md", "# no front matter\n").document("b.md", "");

        assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("2 error(s)").hasMessageContaining("diagnostics.json");
    }

    @Test
    void warningsAloneDoNotFailTheBuild() throws Exception {
        TestIsms.in(dir).document("a.md", TestDocument.of("POL-1").field("colour", "red"));

        mojo().execute();

        assertThat(dir.resolve("target/isms/diagnostics.json")).exists();
    }

    @Test
    void failOnWarningTurnsAWarningIntoAFailedBuild() {
        TestIsms.in(dir).document("a.md", TestDocument.of("POL-1").field("colour", "red"));
        CheckMojo mojo = mojo();
        mojo.failOnWarning = true;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0 error(s) and 1 warning(s)");
    }

    @Test
    void skipReadsNothingAndWritesNothing() throws Exception {
        TestIsms.in(dir).document("a.md", "# no front matter\n");
        CheckMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();

        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void anOutputFolderThatCanNotBeWrittenIsAnExecutionProblemNotACrash() throws Exception {
        TestIsms.in(dir).document("a.md", TestDocument.of("POL-1")).file("target", "a file where the folder should be");

        assertThatThrownBy(mojo()::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("could not write");
    }

    @Test
    void aDocumentsDirectoryOtherThanTheDefaultIsHonoured() throws Exception {
        TestIsms.in(dir).file("src/isms/policies/a.md", "# no front matter\n");
        CheckMojo mojo = mojo();

        mojo.execute();
        mojo.documentsDirectory = dir.resolve("src/isms/policies").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("1 error(s)");
        assertThat(dir.resolve("target/isms/diagnostics.json")).content().contains("FRONT_MATTER_MISSING", "src/isms/policies/a.md");
    }
}
