package io.github.isms.site;

import java.util.List;

/**
 * What the document-control record (git history) knows about a document, for its page and the
 * dashboard. Until history is read, every document has {@link #UNKNOWN}: no state, no revisions.
 *
 * @param state     {@code approved}, {@code draft}, ... or null when not established
 * @param revisions newest first; empty when not established
 */
public record DocumentHistory(String state, List<Revision> revisions) {

    public static final DocumentHistory UNKNOWN = new DocumentHistory(null, List.of());

    /** One row of a revision table. */
    public record Revision(String version, String date, List<String> authors, List<String> approvers, String summary) {
    }

    public DocumentHistory {
        revisions = List.copyOf(revisions);
    }

    public boolean draft() {
        return "draft".equals(state);
    }
}
