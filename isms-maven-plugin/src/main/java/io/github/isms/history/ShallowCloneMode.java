package io.github.isms.history;

/** What to do when the repository is a shallow clone. */
public enum ShallowCloneMode {
    /** Stop with {@link ShallowCloneException}, whose message tells how to fetch the full history. */
    FAIL,
    /** Read what is there and mark the history as truncated. */
    TRUNCATE
}
