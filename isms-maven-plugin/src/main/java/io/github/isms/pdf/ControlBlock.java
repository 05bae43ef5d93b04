package io.github.isms.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The document-control block printed on the cover and in the running header and footer
 * (ISO/IEC 27001 clause 7.5.2: identification, review and approval). Dates are preformatted
 * text, since the print layout does not decide how a date reads.
 */
public record ControlBlock(
        String organization,
        String id,
        String title,
        String version,
        String status,
        String owner,
        List<String> approvers,
        String approvalDate,
        String effectiveDate,
        String nextReview,
        String classification,
        List<RevisionLine> revisions) {

    /**
     * One line of the revision history: one change that reached the approval branch.
     *
     * @param record the commit, the pull/merge request and the signature ("signed merge, verified"), or ""
     */
    public record RevisionLine(String version, String date, String authors, String approvers, String summary,
            String record) {

        public RevisionLine(String version, String date, String authors, String approvers, String summary) {
            this(version, date, authors, approvers, summary, "");
        }
    }

    public ControlBlock {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
