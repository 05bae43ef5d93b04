package io.github.isms.verify;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.sign.SigningKey;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that decide whether a signer is trusted, the same for every PDF and for the manifest:
 * <ol>
 *   <li>a development key (recognised by the extension only it carries, never by its name) is an
 *       error, or a warning when the policy allows development keys; it is never trusted;</li>
 *   <li>a pinned signer certificate is trusted as it is;</li>
 *   <li>otherwise the signer must chain to a trust anchor at the signing time, and its certificate
 *       must be issued for signing documents: key usage digitalSignature or nonRepudiation, and an
 *       extended key usage, when it has one, that allows document signing.</li>
 * </ol>
 * With no anchors and no pinned signers only rule 1 applies; the caller reports once that signers
 * could not be established.
 */
final class SignerTrust {

    /** Extended key usages that allow signing documents; anything else (e-mail, TLS, code) does not. */
    static final Map<String, String> DOCUMENT_SIGNING = Map.of(
            "1.3.6.1.5.5.7.3.36", "documentSigning",
            "1.2.840.113583.1.1.5", "Adobe Authentic Documents",
            "1.3.6.1.4.1.311.10.3.12", "Microsoft document signing",
            "2.5.29.37.0", "anyExtendedKeyUsage");
    private static final Map<String, String> OTHER_USAGES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning");
    private static final String[] KEY_USAGE_BITS = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    private final TrustPolicy policy;

    SignerTrust(TrustPolicy policy) {
        this.policy = policy;
    }

    /** What keeps {@code signer} from being trusted for a signature made {@code when}; empty when trusted. */
    List<Diagnostic> check(SourcePosition where, X509Certificate signer, List<X509Certificate> others, Date when) {
        List<Diagnostic> found = new ArrayList<>();
        String subject = signer.getSubjectX500Principal().getName();
        if (SigningKey.isDevelopmentCertificate(signer)) {
            found.add(policy.allowDevelopmentKey()
                    ? new Diagnostic(Severity.WARNING, Code.SIGNATURE_DEVELOPMENT_KEY, where,
                            "signed with an untrusted development key (" + subject + "), accepted because development keys are allowed")
                    : error(Code.SIGNATURE_DEVELOPMENT_KEY, where, "signed with a development key (" + subject
                            + "), which proves nothing; configure a keystore for real signatures"
                            + " (-Disms.allowDevelopmentKey=true accepts it for a test build)"));
            return found;
        }
        if (!policy.establishesSigners() || policy.pinnedSigners().contains(signer)) {
            return found;
        }
        if (!chains(signer, others, when)) {
            found.add(error(Code.SIGNATURE_UNTRUSTED, where, "the signer " + subject
                    + " does not chain to a configured trust anchor" + (policy.pinnedSigners().isEmpty() ? "" : " and is not a pinned signer")));
            return found;
        }
        documentSigningProblem(signer).ifPresent(problem -> found.add(error(Code.SIGNATURE_KEY_USAGE, where,
                "the signer " + subject + " is not issued for signing documents: " + problem)));
        return found;
    }

    private boolean chains(X509Certificate signer, List<X509Certificate> others, Date when) {
        if (policy.anchors().certificates().isEmpty()) {
            return false; // only pinned signers are trusted, and this is not one
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(policy.anchors().asPkix(), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(when);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (CertPathBuilderException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime builds PKIX paths", e);
        }
    }

    /** Why the certificate may not sign documents, or empty when it may. */
    static Optional<String> documentSigningProblem(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null) {
            return Optional.of("it has no key usage; a document-signing certificate has digitalSignature or nonRepudiation");
        }
        if (!(keyUsage[0] || keyUsage.length > 1 && keyUsage[1])) {
            return Optional.of("its key usage (" + keyUsageNames(keyUsage) + ") has neither digitalSignature nor nonRepudiation");
        }
        List<String> extended;
        try {
            extended = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return Optional.of("its extended key usage can not be read");
        }
        if (extended != null && extended.stream().noneMatch(DOCUMENT_SIGNING::containsKey)) {
            return Optional.of("its extended key usage (" + String.join(", ", extended.stream()
                    .map(oid -> OTHER_USAGES.getOrDefault(oid, oid)).toList())
                    + ") does not allow document signing (documentSigning, 1.3.6.1.5.5.7.3.36)");
        }
        return Optional.empty();
    }

    private static String keyUsageNames(boolean[] bits) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < bits.length && i < KEY_USAGE_BITS.length; i++) {
            if (bits[i]) {
                names.add(KEY_USAGE_BITS[i]);
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static Diagnostic error(Code code, SourcePosition where, String message) {
        return new Diagnostic(code.defaultSeverity(), code, where, message);
    }
}
