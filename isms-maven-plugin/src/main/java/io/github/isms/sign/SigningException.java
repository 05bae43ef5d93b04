package io.github.isms.sign;

import java.util.Objects;

/**
 * A signing configuration or service that does not work. The {@link Problem} says which, so the
 * Maven layer can point at the right setting; the message names files, aliases and hosts and
 * never a password.
 */
public final class SigningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, one constant per thing a user can fix. */
    public enum Problem {
        KEYSTORE_NOT_FOUND,
        KEYSTORE_UNREADABLE,
        WRONG_PASSWORD,
        UNKNOWN_ALIAS,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_NOT_YET_VALID,
        TSA_UNREACHABLE,
        TSA_REJECTED,
        SIGNING_FAILED
    }

    private final Problem problem;

    public SigningException(Problem problem, String message) {
        this(problem, message, null);
    }

    public SigningException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }
}
