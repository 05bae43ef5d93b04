package io.github.isms.history;

/** Document-control problems history reveals. */
public enum FindingKind {
    VERSION_DECREASED,
    CONTENT_CHANGED_WITHOUT_VERSION,
    VERSION_REUSED,
    /** Approval evidence from a person who holds none of the document's approver roles: it does not count. */
    EVIDENCE_WITHOUT_ROLE,
    /** A tracked document whose front matter could not be read at some commit. */
    FRONT_MATTER_UNREADABLE
}
