package io.github.isms.history;

/** How much history could be read. */
public enum HistoryAvailability {
    COMPLETE,
    /** A shallow clone read in truncated mode: nothing before the oldest available commit is known. */
    TRUNCATED,
    /** No git repository: no history is reported, none is invented. */
    UNAVAILABLE
}
