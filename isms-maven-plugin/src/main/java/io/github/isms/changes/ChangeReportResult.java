package io.github.isms.changes;

import io.github.isms.engine.BuildResult;

/**
 * What isms:review found.
 *
 * @param check  the ISMS as loaded, with the review's diagnostics; errors fail the goal
 * @param review the changed documents, as written to review.md and review.json
 */
public record ChangeReportResult(BuildResult check, ChangeReport review) {
}
