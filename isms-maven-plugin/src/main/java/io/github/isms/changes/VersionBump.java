package io.github.isms.changes;

import java.util.Locale;

/** How a pull request changes a document's version. */
public enum VersionBump {
    /** A new document: its first version. */
    NEW,
    /** {@code 1.2 → 2.0}: a major change. */
    MAJOR,
    /** {@code 1.2 → 1.3}: a minor change. */
    MINOR,
    /** The version stayed: right for a rename without edits, wrong for changed content. */
    NONE,
    /** The version went down. */
    DOWN,
    /** One of the versions is missing or not {@code major.minor}. */
    UNKNOWN,
    /** A deleted document has no new version. */
    REMOVED;

    /** The word review.md and review.json use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
