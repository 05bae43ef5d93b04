package io.github.isms.verify;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The engine of isms:verify: every PDF under a folder is signature-checked, and when the folder
 * is a built site (it has {@code manifest.json}) the manifest's own signature is checked first and
 * then every file is compared with it, so a changed byte anywhere fails it, naming the file.
 * Whom it trusts is the {@link TrustPolicy}'s business; when it trusts nobody, one finding says
 * that the signers could not be established.
 */
public final class SiteVerifier {

    /** Where findings about the verified folder as a whole are reported. */
    static final String FOLDER = ".";

    private SiteVerifier() {}

    /** Verifies a built site; a missing manifest is an error. */
    public static VerificationResult verify(Path siteDir, TrustPolicy policy) throws IOException {
        return verify(siteDir, policy, true);
    }

    /** Verifies the PDFs of any folder, and the manifest when {@code requireManifest} or when present. */
    public static VerificationResult verify(Path dir, TrustPolicy policy, boolean requireManifest) throws IOException {
        List<Diagnostic> findings = new ArrayList<>();
        SignatureVerifier signatures = new SignatureVerifier(policy);
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(dir)) {
            pdfs = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
        for (Path pdf : pdfs) {
            findings.addAll(signatures.verify(Manifest.relative(dir, pdf), Files.readAllBytes(pdf)));
        }
        int files = 0;
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        boolean manifest = Files.isRegularFile(manifestFile);
        if (manifest) {
            ManifestSignature.Outcome signature = ManifestSignature.check(dir, policy);
            findings.addAll(signature.findings());
            if (signature.intact()) {
                try {
                    Manifest expected = Manifest.read(manifestFile);
                    Manifest actual = Manifest.of(dir);
                    files = actual.sha256().size();
                    compare(expected, actual, findings);
                } catch (IOException e) {
                    findings.add(error(Code.MANIFEST_MISSING, Manifest.FILE_NAME, "can not be read: " + e.getMessage()));
                }
            }
        } else if (requireManifest) {
            findings.add(error(Code.MANIFEST_MISSING, Manifest.FILE_NAME,
                    "the site has no manifest, so its files can not be checked"));
        }
        if (!policy.establishesSigners() && (!pdfs.isEmpty() || manifest)) {
            findings.add(unestablished(policy, pdfs.size(), manifest));
        }
        return new VerificationResult(pdfs.size(), files, findings);
    }

    /*
     * With nothing trusted, a signature proves only that a file is unchanged since someone signed
     * it, and anyone can sign. That is said once, not per file; it fails the verification unless
     * the caller asked for the integrity checks alone.
     */
    private static Diagnostic unestablished(TrustPolicy policy, int pdfs, boolean manifest) {
        String what = pdfs + " PDF(s)" + (manifest ? " and the manifest" : "");
        String message = "no trust store (isms.trustStore) or pinned signer (isms.trustedSigner) is configured, so who signed "
                + what + " can not be established; only that each is unchanged since it was signed"
                + (policy.integrityOnly() ? " (integrity only, as asked)" : " (-Disms.integrityOnly=true accepts that)");
        return new Diagnostic(policy.integrityOnly() ? Severity.WARNING : Severity.ERROR, Code.SIGNERS_NOT_ESTABLISHED,
                SourcePosition.file(FOLDER), message);
    }

    private static void compare(Manifest expected, Manifest actual, List<Diagnostic> findings) {
        for (Map.Entry<String, String> e : expected.sha256().entrySet()) {
            String now = actual.sha256().get(e.getKey());
            if (now == null) {
                findings.add(error(Code.MANIFEST_REMOVED, e.getKey(), "is listed in manifest.json but missing"));
            } else if (!now.equalsIgnoreCase(e.getValue())) {
                findings.add(error(Code.MANIFEST_CHANGED, e.getKey(),
                        "changed since the site was built (SHA-256 " + now + ", manifest says " + e.getValue() + ")"));
            }
        }
        for (String name : actual.sha256().keySet()) {
            if (!expected.sha256().containsKey(name)) {
                findings.add(error(Code.MANIFEST_ADDED, name, "is not listed in manifest.json"));
            }
        }
    }

    private static Diagnostic error(Code code, String path, String message) {
        return new Diagnostic(code.defaultSeverity(), code, SourcePosition.file(path), message);
    }
}
