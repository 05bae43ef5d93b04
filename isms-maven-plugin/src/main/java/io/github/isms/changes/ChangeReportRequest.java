package io.github.isms.changes;

import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What isms:review is asked to do.
 *
 * @param layout             where the ISMS sources lie
 * @param outputDir          where review.md, review.json and diagnostics.json go ({@code target/isms})
 * @param base               the ref the pull request will be merged into: {@code origin/main}, a branch, a commit
 * @param requireVersionBump content changed without a new version is an error, not a warning
 */
public record ChangeReportRequest(SourceLayout layout, Path outputDir, String base, boolean requireVersionBump) {

    /** What CI checks out: the remote-tracking branch of the usual approval branch. */
    public static final String DEFAULT_BASE = "origin/main";

    public ChangeReportRequest {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(outputDir, "outputDir");
        base = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
    }
}
