package io.github.isms.changes;

import io.github.isms.check.CheckResult;

/**
 * What isms:review found.
 *
 * @param check  the ISMS as loaded, with the review's diagnostics; errors fail the goal
 * @param review the changed documents, as written to review.md and review.json
 */
public record ChangeReportResult(CheckResult check, ChangeReport review) {
}
