package io.github.isms.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.digest.Sha256;
import io.github.isms.pdf.PdfRenderer;
import io.github.isms.pdf.SamplePrint;
import io.github.isms.sign.DetachedSignature;
import io.github.isms.sign.KeytoolPki;
import io.github.isms.sign.PadesSigner;
import io.github.isms.sign.Pdfsig;
import io.github.isms.sign.SignatureOptions;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteVerifierTest {

    static final TestKeys PKI = new TestKeys();
    static byte[] unsigned;
    static byte[] signedByOrganisation;
    static byte[] otherSignedByOrganisation;
    static SigningKey organisation;

    @TempDir
    static Path keys;

    @TempDir
    Path site;

    @BeforeAll
    static void signOnce() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        unsigned = renderer.render(SamplePrint.document(false));
        organisation = SigningKey.fromPkcs12(PKI.validKeystore(keys, "isms"), "isms", TestKeys.PASSWORD.clone());
        signedByOrganisation = new PadesSigner().sign(unsigned, organisation, SignatureOptions.reason("Approved"));
        otherSignedByOrganisation = new PadesSigner().sign(renderer.render(SamplePrint.document(true)), organisation,
                SignatureOptions.reason("Draft"));
    }

    private TrustPolicy organisationCa() {
        return TrustPolicy.anchoredAt(TrustAnchors.of(PKI.ca));
    }

    /** A small site with {@code pdf}, its manifest signed by the organisation's key as the site build signs it. */
    private Path build(byte[] pdf) throws Exception {
        return build(pdf, organisation);
    }

    private Path build(byte[] pdf, SigningKey manifestKey) throws Exception {
        Files.createDirectories(site.resolve("docs/POL-005"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>ISMS</title>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("register.csv"), "id,title\nPOL-005,Access Control Policy\n");
        Files.write(site.resolve("docs/POL-005/POL-005.pdf"), pdf);
        ManifestTest.writeFor(site);
        signManifest(manifestKey);
        return site;
    }

    private void signManifest(SigningKey key) throws Exception {
        Files.write(site.resolve(Manifest.SIGNATURE_FILE_NAME),
                DetachedSignature.of(Files.readAllBytes(site.resolve(Manifest.FILE_NAME)), key, java.time.Instant.now()));
    }

    private static List<Code> codes(VerificationResult result) {
        return result.findings().stream().map(Diagnostic::code).toList();
    }

    @Test
    void a_clean_site_signed_with_a_trusted_key_passes() throws Exception {
        VerificationResult result = SiteVerifier.verify(build(signedByOrganisation), organisationCa());
        assertThat(result.findings()).isEmpty();
        assertThat(result.pdfsChecked()).isEqualTo(1);
        assertThat(result.filesChecked()).isEqualTo(3);
    }

    @Test
    void a_development_key_site_fails_by_default_even_with_a_trust_store() throws Exception {
        SigningKey development = SigningKey.developmentKey("Example Corp");
        byte[] pdf = new PadesSigner().sign(unsigned, development, SignatureOptions.reason("x"));
        VerificationResult result = SiteVerifier.verify(build(pdf, development), organisationCa());
        assertThat(codes(result)).containsExactly(Code.SIGNATURE_DEVELOPMENT_KEY, Code.SIGNATURE_DEVELOPMENT_KEY);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.findings()).extracting(Diagnostic::format).anySatisfy(line -> assertThat(line)
                .startsWith("docs/POL-005/POL-005.pdf:1:1: SIGNATURE_DEVELOPMENT_KEY signed with a development key"));
    }

    @Test
    void a_development_key_site_passes_with_warnings_when_development_keys_are_allowed() throws Exception {
        SigningKey development = SigningKey.developmentKey("Example Corp");
        byte[] pdf = new PadesSigner().sign(unsigned, development, SignatureOptions.reason("x"));
        VerificationResult result = SiteVerifier.verify(build(pdf, development), TrustPolicy.none().allowingDevelopmentKey()
                .checkingIntegrityOnly());
        assertThat(codes(result)).containsExactly(Code.SIGNERS_NOT_ESTABLISHED, Code.SIGNATURE_DEVELOPMENT_KEY,
                Code.SIGNATURE_DEVELOPMENT_KEY);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.findings().get(1).message()).contains("untrusted development key");
    }

    @Test
    void a_signer_outside_the_trust_anchors_fails_for_the_pdf_and_the_manifest() throws Exception {
        VerificationResult result = SiteVerifier.verify(build(signedByOrganisation),
                TrustPolicy.anchoredAt(TrustAnchors.of(new TestKeys().ca)));
        assertThat(result.findings()).extracting(Diagnostic::format).extracting(line -> line.substring(0, line.indexOf(" the")))
                .containsExactly("docs/POL-005/POL-005.pdf:1:1: SIGNATURE_UNTRUSTED", "manifest.json:1:1: SIGNATURE_UNTRUSTED");
    }

    @Test
    void a_forged_pdf_with_its_hash_patched_into_the_manifest_fails_on_the_manifest_signature() throws Exception {
        build(signedByOrganisation);
        // Validly signed by the organisation, but another document: a replay an insider could try.
        Files.write(site.resolve("docs/POL-005/POL-005.pdf"), otherSignedByOrganisation);
        Path manifest = site.resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace(
                Sha256.hex(signedByOrganisation), Sha256.hex(otherSignedByOrganisation)));

        VerificationResult result = SiteVerifier.verify(site, organisationCa());

        assertThat(result.findings()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("manifest.json:1:1: MANIFEST_SIGNATURE_INVALID was changed after it was signed");
        assertThat(result.filesChecked()).isZero();
    }

    @Test
    void a_forged_pdf_signed_by_an_outsider_with_a_patched_and_re_signed_manifest_fails_on_both_signers() throws Exception {
        SigningKey outsider = SigningKey.fromPkcs12(new TestKeys().validKeystore(keys, "outsider"), "outsider",
                TestKeys.PASSWORD.clone());
        build(new PadesSigner().sign(unsigned, outsider, SignatureOptions.reason("Approved")), outsider);

        VerificationResult result = SiteVerifier.verify(site, organisationCa());

        assertThat(codes(result)).containsExactly(Code.SIGNATURE_UNTRUSTED, Code.SIGNATURE_UNTRUSTED);
    }

    @Test
    void an_unsigned_manifest_fails_and_its_hashes_are_not_used() throws Exception {
        build(signedByOrganisation);
        Files.delete(site.resolve(Manifest.SIGNATURE_FILE_NAME));
        Files.writeString(site.resolve("index.html"), "<p>changed</p>");

        VerificationResult result = SiteVerifier.verify(site, organisationCa());

        assertThat(codes(result)).containsExactly(Code.MANIFEST_UNSIGNED);
        assertThat(result.findings().get(0).message()).contains("manifest.json.p7s").contains("not compared");
    }

    @Test
    void a_damaged_manifest_signature_fails() throws Exception {
        build(signedByOrganisation);
        Files.writeString(site.resolve(Manifest.SIGNATURE_FILE_NAME), "not a signature");

        assertThat(codes(SiteVerifier.verify(site, organisationCa()))).containsExactly(Code.MANIFEST_SIGNATURE_INVALID);
    }

    @Test
    void without_a_trust_store_one_line_says_what_can_not_be_established_and_fails() throws Exception {
        VerificationResult result = SiteVerifier.verify(build(signedByOrganisation), TrustPolicy.none());

        assertThat(result.findings()).extracting(Diagnostic::format).containsExactly(
                ".:1:1: SIGNERS_NOT_ESTABLISHED no trust store (isms.trustStore) or pinned signer (isms.trustedSigner) is"
                        + " configured, so who signed 1 PDF(s) and the manifest can not be established; only that each is"
                        + " unchanged since it was signed (-Disms.integrityOnly=true accepts that)");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void integrity_only_passes_a_clean_site_without_a_trust_store_and_still_catches_a_changed_byte() throws Exception {
        TrustPolicy integrityOnly = TrustPolicy.none().checkingIntegrityOnly();
        VerificationResult clean = SiteVerifier.verify(build(signedByOrganisation), integrityOnly);
        assertThat(clean.hasErrors()).isFalse();
        assertThat(codes(clean)).containsExactly(Code.SIGNERS_NOT_ESTABLISHED);

        Files.writeString(site.resolve("index.html"), "<p>changed</p>");
        assertThat(codes(SiteVerifier.verify(site, integrityOnly))).containsExactly(Code.SIGNERS_NOT_ESTABLISHED, Code.MANIFEST_CHANGED);
    }

    @Test
    void a_site_signed_with_a_keystore_made_by_keytool_verifies_and_pdfsig_reads_its_signature() throws Exception {
        KeytoolPki keytool = new KeytoolPki(Files.createDirectories(keys.resolve("keytool")));
        TrustPolicy keytoolCa = TrustPolicy.anchoredAt(TrustAnchors.read(keytool.caPem(), new char[0]));
        SigningKey signing = SigningKey.fromPkcs12(keytool.keystore("isms", "ku:c=digitalSignature,nonRepudiation"), "isms",
                KeytoolPki.PASSWORD.toCharArray());
        byte[] pdf = new PadesSigner().sign(unsigned, signing, SignatureOptions.reason("Approved"));

        assertThat(SiteVerifier.verify(build(pdf, signing), keytoolCa).findings()).isEmpty();
        assertThat(Pdfsig.run(keys, pdf)).contains("Signature is Valid.").contains("Total document signed")
                .contains("CN=isms,O=Keytool Corp");
    }

    @Test
    void a_second_key_under_the_same_ca_issued_for_e_mail_encryption_is_not_trusted_though_its_signatures_are_valid()
            throws Exception {
        SigningKey clerk = PKI.signingKey(keys, "clerk", KeyUsage.keyEncipherment, KeyPurposeId.id_kp_emailProtection);
        byte[] clerks = new PadesSigner().sign(unsigned, clerk, SignatureOptions.reason("Approved"));
        assertThat(Pdfsig.run(keys, clerks)).contains("Signature is Valid.");

        VerificationResult result = SiteVerifier.verify(build(clerks, clerk), organisationCa());
        assertThat(result.findings()).extracting(Diagnostic::format).extracting(line -> line.substring(0, line.indexOf(" the")))
                .containsExactly("docs/POL-005/POL-005.pdf:1:1: SIGNATURE_KEY_USAGE", "manifest.json:1:1: SIGNATURE_KEY_USAGE");
    }

    @Test
    void a_flipped_byte_in_a_pdf_fails_naming_the_file() throws Exception {
        build(signedByOrganisation);
        Path pdf = site.resolve("docs/POL-005/POL-005.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<xmp:CreatorTool>") + 20;
        bytes[at] ^= 0x20;
        Files.write(pdf, bytes);
        VerificationResult result = SiteVerifier.verify(site, organisationCa());
        assertThat(codes(result)).containsExactlyInAnyOrder(Code.SIGNATURE_DIGEST, Code.MANIFEST_CHANGED);
        assertThat(result.findings()).allSatisfy(d -> assertThat(d.position().path()).isEqualTo("docs/POL-005/POL-005.pdf"));
    }

    @Test
    void bytes_appended_after_the_signature_fail_as_not_covered() throws Exception {
        byte[] extended = java.util.Arrays.copyOf(signedByOrganisation, signedByOrganisation.length + 9);
        System.arraycopy("%comment\n".getBytes(StandardCharsets.US_ASCII), 0, extended, signedByOrganisation.length, 9);
        List<Diagnostic> found = new SignatureVerifier(organisationCa()).verify("a.pdf", extended);
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_COVERAGE);
    }

    @Test
    void a_replaced_pdf_fails_even_when_its_own_signature_is_valid() throws Exception {
        build(signedByOrganisation);
        Files.write(site.resolve("docs/POL-005/POL-005.pdf"), otherSignedByOrganisation);
        VerificationResult result = SiteVerifier.verify(site, organisationCa());
        assertThat(result.findings()).extracting(Diagnostic::format)
                .containsExactly(result.findings().get(0).format())
                .first().asString().startsWith("docs/POL-005/POL-005.pdf:1:1: MANIFEST_CHANGED");
    }

    @Test
    void a_removed_file_and_an_added_file_fail_each_named() throws Exception {
        build(signedByOrganisation);
        Files.delete(site.resolve("register.csv"));
        Files.writeString(site.resolve("docs/extra.html"), "<p>not published by the build</p>");
        VerificationResult result = SiteVerifier.verify(site, organisationCa());
        assertThat(codes(result)).containsExactly(Code.MANIFEST_ADDED, Code.MANIFEST_REMOVED);
        assertThat(result.findings()).extracting(Diagnostic::format).containsExactly(
                "docs/extra.html:1:1: MANIFEST_ADDED is not listed in manifest.json",
                "register.csv:1:1: MANIFEST_REMOVED is listed in manifest.json but missing");
    }

    @Test
    void an_unsigned_pdf_fails() throws Exception {
        VerificationResult result = SiteVerifier.verify(build(unsigned), organisationCa());
        assertThat(codes(result)).containsExactly(Code.PDF_UNSIGNED);
    }

    @Test
    void a_site_without_manifest_fails_but_a_plain_folder_of_pdfs_can_be_checked() throws Exception {
        Files.write(site.resolve("POL-005.pdf"), signedByOrganisation);
        assertThat(codes(SiteVerifier.verify(site, organisationCa()))).containsExactly(Code.MANIFEST_MISSING);
        assertThat(SiteVerifier.verify(site, organisationCa(), false).findings()).isEmpty();
    }

    @Test
    void a_time_stamped_signature_verifies_with_its_time_stamp() throws Exception {
        byte[] pdf = signedWithTimestamp("tsa-test");
        assertThat(new SignatureVerifier(organisationCa()).verify("a.pdf", pdf)).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_pdf_is_unreadable() {
        List<Diagnostic> found = new SignatureVerifier(organisationCa())
                .verify("fake.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII));
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.PDF_UNREADABLE);
    }

    @Test
    void a_damaged_signature_value_is_invalid() throws Exception {
        byte[] damaged = signedByOrganisation.clone();
        int contents = contentsStart(damaged);
        for (int i = 0; i < 16; i++) {
            damaged[contents + i] = '0';
        }
        List<Diagnostic> found = new SignatureVerifier(organisationCa()).verify("a.pdf", damaged);
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_INVALID);
    }

    @Test
    void a_damaged_time_stamp_is_reported_while_the_signature_itself_still_verifies() throws Exception {
        byte[] pdf = signedWithTimestamp("tsa-damage");
        // The time-stamp token ends the CMS, and its own signature value ends the token; that
        // part is an unsigned attribute, so the signer's signature does not cover it.
        int contents = contentsStart(pdf);
        byte[] der = java.util.HexFormat.of().parseHex(new String(pdf, contents, 64, StandardCharsets.US_ASCII));
        int length = derLength(der);
        int at = contents + 2 * (length - 10);
        // Another hex value, whatever the case of the digit ('A' to 'a' would change nothing).
        pdf[at] = (byte) (pdf[at] == '0' ? '1' : '0');
        List<Diagnostic> found = new SignatureVerifier(organisationCa()).verify("a.pdf", pdf);
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.TIMESTAMP_INVALID);
    }

    /** The sample PDF signed by the organisation's key with a time-stamp from a loopback authority. */
    private static byte[] signedWithTimestamp(String alias) throws Exception {
        try (var tsa = new io.github.isms.sign.LoopbackTsa()) {
            return new PadesSigner().sign(unsigned,
                    SigningKey.fromPkcs12(PKI.validKeystore(keys, alias), null, TestKeys.PASSWORD.clone()),
                    SignatureOptions.reason("x").withTimestampAuthority(tsa.url()));
        }
    }

    /** Index of the first hex digit of the last signature's /Contents. */
    private static int contentsStart(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getLastSignatureDictionary().getByteRange()[1] + 1;
        }
    }

    /** The total length of the DER value that starts {@code der} (a SEQUENCE with a long-form length). */
    private static int derLength(byte[] der) {
        int lengthBytes = der[1] & 0x7f;
        int length = 0;
        for (int i = 0; i < lengthBytes; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2 + lengthBytes + length;
    }
}
