package io.github.isms.site;

import java.util.List;

/**
 * What the document-control record (git history) knows about a document, for its page, the
 * register, the dashboard and the PDF (whose DRAFT watermark follows {@link #draft()}). Until
 * history is read, every document has {@link #UNKNOWN}: no state, no revisions.
 *
 * @param state      {@code approved}, {@code draft}, ... or null when not established
 * @param revisions  newest first; empty when not established
 * @param approved   the date of the last approval, or {@code ""}
 * @param approvedBy who gave the last approval, or {@code ""}
 * @param nextReview last review (approval or {@code reviewed:}) + review interval, or {@code ""} when never
 *                   approved or retired
 * @param overdue    whether the next review lies before the build's reference date
 * @param note       why the state is what it is (e.g. "uncommitted edits"), or {@code ""}
 * @param approvedVersion the version the last approval ({@code approved}, {@code approvedBy}) belongs to, or {@code ""}
 * @param inForce    the version in force (latest approved, not retired), or {@code ""}
 * @param pending    the version awaiting approval (the content being built is a draft), or {@code ""}
 */
public record HistoryView(String state, List<RevisionRow> revisions, String approved, String approvedBy,
                              String nextReview, boolean overdue, String note, String approvedVersion,
                              String inForce, String pending) {

    public HistoryView(String state, List<RevisionRow> revisions, String approved, String approvedBy,
            String nextReview, boolean overdue, String note) {
        this(state, revisions, approved, approvedBy, nextReview, overdue, note, "", "", "");
    }

    public static final HistoryView UNKNOWN = new HistoryView(null, List.of());

    /**
     * One row of a revision table: one change that reached the approval branch, never merged with another
     * change of the same version number.
     *
     * @param approvers  who approved, each with the role they approved in and the evidence, e.g.
     *                   {@code Bob Becker (CEO, review)}; empty when not approved
     * @param url        the page of this version when it is published as superseded (relative to the site root), or {@code ""}
     * @param commit     the main-line commit's short id, or {@code ""}
     * @param request    the pull/merge request as its platform writes it ({@code #42}, {@code !7}), or {@code ""}
     * @param requestUrl the request's page, or {@code ""}
     * @param signature  what the commit's signature shows ({@code signed merge, verified}), or {@code ""} when
     *                   signatures are not judged
     */
    public record RevisionRow(String version, String date, List<String> authors, List<String> approvers, String summary,
                           String url, String commit, String request, String requestUrl, String signature) {

        public RevisionRow(String version, String date, List<String> authors, List<String> approvers, String summary) {
            this(version, date, authors, approvers, summary, "");
        }

        public RevisionRow(String version, String date, List<String> authors, List<String> approvers, String summary,
                String url) {
            this(version, date, authors, approvers, summary, url, "", "", "", "");
        }

        public RevisionRow {
            authors = List.copyOf(authors);
            approvers = List.copyOf(approvers);
        }

        /** The commit, request and signature in one line, as the PDF prints them. */
        public String record() {
            return String.join(" · ", java.util.stream.Stream.of(commit, request, signature)
                    .filter(part -> part != null && !part.isEmpty()).toList());
        }
    }

    public HistoryView {
        revisions = List.copyOf(revisions);
    }

    public HistoryView(String state, List<RevisionRow> revisions) {
        this(state, revisions, "", "", "", false, "");
    }

    /** The page of {@code version} when it is published as an earlier version, or {@code ""}. */
    public String urlOf(String version) {
        return revisions.stream().filter(r -> r.version().equals(version) && !r.url().isEmpty())
                .map(RevisionRow::url).findFirst().orElse("");
    }

    public boolean draft() {
        return "draft".equals(state);
    }
}
