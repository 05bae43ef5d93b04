package io.github.isms.verify;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks {@code manifest.json.p7s}, the detached signature over {@code manifest.json}, before the
 * manifest's hashes are believed: without it anyone who can replace a PDF can also edit its hash.
 * The signer must be trusted by the same rules as the PDFs' signers.
 */
final class ManifestSignature {

    private ManifestSignature() {}

    /**
     * What is wrong with the manifest's signature. {@code intact} is set when the signature covers
     * the manifest's bytes as they are (the hashes may then be compared, whoever signed them).
     */
    record Outcome(boolean intact, List<Diagnostic> findings) {}

    static Outcome check(Path dir, TrustPolicy policy) throws IOException {
        SourcePosition where = SourcePosition.file(Manifest.FILE_NAME);
        Path signatureFile = dir.resolve(Manifest.SIGNATURE_FILE_NAME);
        List<Diagnostic> found = new ArrayList<>();
        if (!Files.isRegularFile(signatureFile)) {
            found.add(error(Code.MANIFEST_UNSIGNED, where, "has no signature (" + Manifest.SIGNATURE_FILE_NAME
                    + "), so anyone could have edited its hashes; the files were not compared with it"));
            return new Outcome(false, found);
        }
        byte[] signature = Files.readAllBytes(signatureFile);
        byte[] manifest = Files.readAllBytes(dir.resolve(Manifest.FILE_NAME));
        try {
            SignedCms cms = SignedCms.open(signature, manifest);
            if (!cms.verifies()) {
                found.add(error(Code.MANIFEST_SIGNATURE_INVALID, where, "its signature value does not verify;"
                        + " the files were not compared with it"));
                return new Outcome(false, found);
            }
            found.addAll(new SignerTrust(policy).check(where, cms.certificate(), cms.certificates(), signingTime(cms)));
            return new Outcome(true, found);
        } catch (CMSSignerDigestMismatchException e) {
            found.add(error(Code.MANIFEST_SIGNATURE_INVALID, where, "was changed after it was signed (its SHA-256 does not"
                    + " match " + Manifest.SIGNATURE_FILE_NAME + "); the files were not compared with it"));
        } catch (CMSException | IOException | GeneralSecurityException | OperatorCreationException | IllegalArgumentException
                | ClassCastException e) {
            found.add(error(Code.MANIFEST_SIGNATURE_INVALID, where, Manifest.SIGNATURE_FILE_NAME + " is not a usable signature: "
                    + e.getMessage() + "; the files were not compared with it"));
        }
        return new Outcome(false, found);
    }

    /** The signing-time attribute if the signature has one (the site build writes none), else now. */
    private static Date signingTime(SignedCms cms) {
        AttributeTable signed = cms.signer().getSignedAttributes();
        Attribute time = signed == null ? null : signed.get(CMSAttributes.signingTime);
        return time == null ? new Date() : Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
    }

    private static Diagnostic error(Code code, SourcePosition where, String message) {
        return new Diagnostic(code.defaultSeverity(), code, where, message);
    }
}
