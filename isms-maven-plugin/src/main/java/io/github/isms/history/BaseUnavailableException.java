package io.github.isms.history;

/** The changes of a branch can not be established: no repository, no such base, or no common history. */
public class BaseUnavailableException extends HistoryException {

    /** Why; {@link #SHALLOW} is the one a CI setting fixes. */
    public enum Reason {
        NO_REPOSITORY,
        BASE_NOT_FOUND,
        NO_COMMON_HISTORY,
        /** A shallow clone lacks the base or the merge-base: fetch the full history. */
        SHALLOW
    }

    private final Reason reason;

    public BaseUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
