package io.github.isms.history;

/**
 * What the signature of a main-line commit shows, when {@code approval.signers} asks for one.
 *
 * @param signer the trusted key that verified it (its name or principal), or null
 */
public record MergeSignature(State state, String signer, String detail) {

    public enum State {
        /** No signers are configured: signatures are not judged. */
        NOT_CHECKED,
        VERIFIED,
        UNSIGNED,
        /** Signed, but by a key that is not among the trusted signers. */
        UNTRUSTED,
        /** The signature does not verify: the commit was changed after signing, or the signature is broken. */
        BAD
    }

    public static final MergeSignature NOT_CHECKED = new MergeSignature(State.NOT_CHECKED, null, "");

    public boolean verified() {
        return state == State.VERIFIED;
    }

    /** As a revision table says it: "signed merge, verified", or empty when not judged. */
    public String text() {
        return switch (state) {
            case NOT_CHECKED -> "";
            case VERIFIED -> "signed merge, verified";
            case UNSIGNED -> "unsigned";
            case UNTRUSTED -> "signed by an untrusted key";
            case BAD -> "bad signature";
        };
    }
}
