package io.github.isms.history;

/** Whether the content being built is an approved version. */
public enum ContentState {
    /** Identical to a main-line revision that was approved. */
    APPROVED,
    /** Identical to a main-line revision that was not approved (a direct commit, missing evidence). */
    DRAFT_UNAPPROVED_CHANGE,
    /** Committed, but not (yet) on the approval branch: a build of another branch. */
    DRAFT_OTHER_BRANCH,
    /** The work tree differs from the commit being built. */
    DRAFT_UNCOMMITTED,
    /** History can not tell: no repository, or the content predates a truncated (shallow) history. */
    UNKNOWN,
    /** Not in the work tree any more; its history is kept. */
    REMOVED;

    public boolean isDraft() {
        return this == DRAFT_UNAPPROVED_CHANGE || this == DRAFT_OTHER_BRANCH || this == DRAFT_UNCOMMITTED;
    }
}
