package io.github.isms.maven;

import io.github.isms.changes.ChangeReportRequest;
import io.github.isms.changes.ChangeReportResult;
import io.github.isms.engine.IsmsEngine;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reviews a pull request: the documents it changes against its base, their versions, the approvers each
 * change needs and a redline of each, written to {@code review.md} (a comment to post on the pull request)
 * and {@code review.json}. Fails on errors, after writing both.
 */
@Mojo(name = "review", threadSafe = true)
public class ReviewMojo extends AbstractIsmsMojo {

    /**
     * What the pull request will be merged into: a remote-tracking branch, a branch, a tag or a commit. The
     * changes are counted from its merge-base with HEAD. A branch name missing locally is looked up under
     * {@code origin/}.
     */
    @Parameter(property = "isms.review.base", defaultValue = ChangeReportRequest.DEFAULT_BASE)
    String base;

    /** Content changed without a new version is an error (VERSION_NOT_CHANGED); false makes it a warning. */
    @Parameter(property = "isms.review.requireVersionBump", defaultValue = "true")
    boolean requireVersionBump;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:review skipped");
            return;
        }
        ChangeReportResult result;
        try {
            result = new IsmsEngine().review(new ChangeReportRequest(request().layout(), outputDirectory.toPath(),
                    base, requireVersionBump));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("isms:review could not write to " + outputDirectory + ": "
                    + e.getCause().getMessage(), e);
        }
        getLog().info("isms:review wrote " + new File(outputDirectory, "review.md") + " and review.json");
        report(result.check());
    }
}
