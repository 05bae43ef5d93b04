package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.TestIsms;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo maps parameters and outcomes; the review itself is tested in the review package. */
class ReviewMojoTest {

    @TempDir
    Path dir;

    private ReviewMojo mojo() {
        ReviewMojo mojo = CheckMojoTest.inProject(new ReviewMojo(), dir);
        mojo.base = "origin/main";
        mojo.requireVersionBump = true;
        return mojo;
    }

    @Test
    void aReviewThatIsNotPossibleFailsTheBuildAfterWritingTheCommentThatSaysWhy() throws Exception {
        TestIsms.in(dir);

        assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 error(s)");
        assertThat(Files.readString(dir.resolve("target/isms/review.md"))).contains("ISMS review: not possible");
        assertThat(dir.resolve("target/isms/review.json")).exists();
    }

    @Test
    void skipReadsNothingAndWritesNothing() throws Exception {
        TestIsms.in(dir);
        ReviewMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();

        assertThat(dir.resolve("target")).doesNotExist();
    }
}
