package io.github.isms.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What counts as proof that a person approved a change that reached the approval branch. */
public enum EvidenceKind {
    /**
     * The platform's own reviews of the pull or merge request, recorded as git notes under
     * {@code refs/notes/isms-approvals} by {@code isms:record-approvals}.
     */
    REVIEWS,
    /** Commit trailers such as {@code Approved-by: Name <email>} (GitLab merge templates write these). */
    TRAILERS,
    /** Who merged: the author of a merge commit, or the merger a note records (GitHub's {@code merged_by}). */
    MERGER;

    public static Optional<EvidenceKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A singular word for one piece of evidence, as a revision table shows it. */
    public String word() {
        return switch (this) {
            case REVIEWS -> "review";
            case TRAILERS -> "trailer";
            case MERGER -> "merger";
        };
    }
}
