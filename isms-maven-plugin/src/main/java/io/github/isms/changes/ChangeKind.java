package io.github.isms.changes;

import java.util.Locale;

/** What a pull request does to a document. */
public enum ChangeKind {
    ADDED,
    MODIFIED,
    /** Moved to another path, edited or not; the id is the document's identity. */
    RENAMED,
    /** Given {@code status: retired}: it stays published, marked as retired. */
    RETIRED,
    /** The file is gone; the document leaves the site (its history stays in git). */
    DELETED;

    /** The word review.md and review.json use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
