package io.github.isms.history;

/** Document-control problems history reveals. */
public enum FindingKind {
    VERSION_DECREASED,
    CONTENT_CHANGED_WITHOUT_VERSION,
    VERSION_REUSED,
    /** Approval evidence from a person who holds none of the document's approver roles: it does not count. */
    EVIDENCE_WITHOUT_ROLE,
    /** A tracked document whose front matter could not be read at some commit. */
    FRONT_MATTER_UNREADABLE,
    /** A note under {@code refs/notes/isms-approvals} that is not an {@code isms-approvals/1} note. */
    NOTE_INVALID,
    /** A review by a platform login that no person is known by. */
    LOGIN_UNKNOWN,
    /** A review given on another head than the one merged. */
    STALE_REVIEW,
    /** Evidence from a person who authored the change (four eyes). */
    BY_AUTHOR,
    /** Trailers on a single-parent commit that nothing shows came through a request. */
    NOT_THROUGH_REQUEST,
    /** Trusted signers are configured and the commit is not signed. */
    UNSIGNED,
    /** The commit's signature does not verify, or its key is not trusted. */
    BAD_SIGNATURE
}
