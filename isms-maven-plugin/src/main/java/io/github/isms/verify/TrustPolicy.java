package io.github.isms.verify;

import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * Whom isms:verify trusts as a signer.
 *
 * @param anchors             a signer must chain to one of these and be issued for signing documents
 * @param pinnedSigners       signer certificates accepted as they are, without a chain or key usage check
 * @param allowDevelopmentKey accept (with a warning) signatures of a generated development key, which
 *                            are otherwise errors whatever else is configured
 * @param integrityOnly       with neither anchors nor pinned signers, check only what can be checked
 *                            without them (that each signature and hash matches its file) and pass;
 *                            without it, such a verification fails, saying what it could not establish
 */
public record TrustPolicy(TrustAnchors anchors, Set<X509Certificate> pinnedSigners, boolean allowDevelopmentKey,
                          boolean integrityOnly) {

    public TrustPolicy {
        pinnedSigners = Set.copyOf(pinnedSigners);
    }

    /** Signers must chain to {@code anchors}; nothing pinned, development keys refused. */
    public static TrustPolicy anchoredAt(TrustAnchors anchors) {
        return new TrustPolicy(anchors, Set.of(), false, false);
    }

    /** Nobody is trusted: verification can only check integrity, and fails saying so. */
    public static TrustPolicy none() {
        return anchoredAt(TrustAnchors.none());
    }

    public TrustPolicy withPinnedSigners(Set<X509Certificate> signers) {
        return new TrustPolicy(anchors, signers, allowDevelopmentKey, integrityOnly);
    }

    public TrustPolicy allowingDevelopmentKey() {
        return new TrustPolicy(anchors, pinnedSigners, true, integrityOnly);
    }

    public TrustPolicy checkingIntegrityOnly() {
        return new TrustPolicy(anchors, pinnedSigners, allowDevelopmentKey, true);
    }

    /** Whether anything is trusted at all, so a signer's identity can be established. */
    public boolean establishesSigners() {
        return !anchors.certificates().isEmpty() || !pinnedSigners.isEmpty();
    }
}
