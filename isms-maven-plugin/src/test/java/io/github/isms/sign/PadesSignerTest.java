package io.github.isms.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.pdf.PdfRenderer;
import io.github.isms.pdf.SamplePrint;
import io.github.isms.pdf.VeraPdf;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTest {

    static final byte[] PDF = new PdfRenderer().render(SamplePrint.document(false));
    static final TestKeys PKI = new TestKeys();

    @TempDir
    Path dir;

    final PadesSigner signer = new PadesSigner();

    @Test
    void pdfsig_reports_a_signed_pdf_as_valid_and_totally_signed() throws Exception {
        SigningKey key = SigningKey.fromPkcs12(PKI.validKeystore(dir, "isms"), "isms", TestKeys.PASSWORD.clone());
        String report = Pdfsig.run(dir, signer.sign(PDF, key, SignatureOptions.reason("Approved version 1.2")));
        assertThat(report).contains("Signature is Valid.").contains("ETSI.CAdES.detached")
                .contains("Total document signed").contains("Example Corp ISMS");
    }

    @Test
    void pdfsig_reports_a_digest_mismatch_after_one_byte_is_flipped() throws Exception {
        byte[] signed = signer.sign(PDF, SigningKey.developmentKey("Example Corp"), SignatureOptions.reason("test"));
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "<xmp:CreatorTool>isms-maven-plugin") + "<xmp:CreatorTool>".length();
        tampered[at] = (byte) 'I';
        String report = Pdfsig.run(dir, tampered);
        assertThat(report).doesNotContain("Signature is Valid.").containsIgnoringCase("Digest Mismatch");
    }

    @Test
    void a_signed_pdf_still_conforms_to_pdf_a_3u_and_pdf_ua_1() {
        byte[] signed = signer.sign(PDF, SigningKey.developmentKey("Example Corp"), SignatureOptions.reason("test"));
        assertThat(VeraPdf.failures(signed, "3u")).isEmpty();
        assertThat(VeraPdf.failures(signed, "ua1")).isEmpty();
    }

    @Test
    void signing_appends_an_incremental_update_and_leaves_the_rendered_bytes_untouched() {
        byte[] signed = signer.sign(PDF, SigningKey.developmentKey("Example Corp"), SignatureOptions.reason("test"));
        assertThat(java.util.Arrays.copyOf(signed, PDF.length)).isEqualTo(PDF);
    }

    @Test
    void an_rsa_key_signing_one_file_at_one_claimed_time_gives_the_same_bytes_and_an_identifier_from_the_content()
            throws Exception {
        SigningKey key = SigningKey.fromPkcs12(PKI.validKeystore(dir, "isms"), "isms", TestKeys.PASSWORD.clone());
        SignatureOptions options = SignatureOptions.reason("test").withSigningTime(Instant.now().minus(Duration.ofHours(2)));

        byte[] signed = signer.sign(PDF, key, options);

        // No clock, no random nonce: PKCS#1 v1.5 is deterministic and the CMS has no signing-time attribute.
        assertThat(signer.sign(PDF, key, options)).isEqualTo(signed);
        byte[] other = new PdfRenderer().render(SamplePrint.document(true));
        try (PDDocument one = Loader.loadPDF(signed); PDDocument two = Loader.loadPDF(signer.sign(other, key, options))) {
            assertThat(one.getDocument().getDocumentID().getString(1)).isNotEqualTo(two.getDocument().getDocumentID().getString(1));
        }
    }

    @Test
    void the_cms_is_pades_baseline_with_signing_certificate_v2_and_without_signing_time() throws Exception {
        byte[] signed = signer.sign(PDF, SigningKey.developmentKey("Example Corp"), SignatureOptions.reason("test"));
        SignerInformation info = signerInfo(signed);
        assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        assertThat(info.getUnsignedAttributes()).isNull();
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDSignature signature = pdf.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
        }
    }

    @Test
    void a_development_key_signature_says_development_signature_in_its_reason() throws Exception {
        byte[] signed = signer.sign(PDF, SigningKey.developmentKey("Example Corp"), SignatureOptions.reason("Approved"));
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            assertThat(pdf.getLastSignatureDictionary().getReason()).startsWith("development signature");
        }
        assertThat(Pdfsig.run(dir, signed)).contains("Signature is Valid.");
    }

    @Test
    void a_time_stamp_authority_makes_it_pades_b_t() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            byte[] signed = signer.sign(PDF, SigningKey.developmentKey("Example Corp"),
                    SignatureOptions.reason("test").withTimestampAuthority(tsa.url()));
            assertThat(tsa.served()).isEqualTo(1);
            SignerInformation info = signerInfo(signed);
            assertThat(info.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();
            assertThat(Pdfsig.run(dir, signed)).contains("Signature is Valid.");
            assertThat(VeraPdf.failures(signed, "3u")).isEmpty();
        }
    }

    @Test
    void a_missing_keystore_file_is_a_clear_error() {
        Path missing = dir.resolve("nowhere.p12");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(missing, "isms", TestKeys.PASSWORD.clone()))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.KEYSTORE_NOT_FOUND);
                    assertThat(e.getMessage()).contains("nowhere.p12");
                    assertNoPassword(e);
                });
    }

    @Test
    void a_wrong_password_is_a_clear_error_that_does_not_print_any_password() throws Exception {
        Path keystore = PKI.validKeystore(dir, "isms");
        char[] wrong = "Wrong-Password-42".toCharArray();
        assertThatThrownBy(() -> SigningKey.fromPkcs12(keystore, "isms", wrong))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.WRONG_PASSWORD);
                    assertThat(fullText(e)).doesNotContain("Wrong-Password-42");
                    assertNoPassword(e);
                });
    }

    @Test
    void a_wrong_alias_is_a_clear_error_naming_the_aliases_there_are() throws Exception {
        Path keystore = PKI.validKeystore(dir, "isms");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(keystore, "ciso", TestKeys.PASSWORD.clone()))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.UNKNOWN_ALIAS);
                    assertThat(e.getMessage()).contains("'ciso'").contains("[isms]");
                    assertNoPassword(e);
                });
    }

    @Test
    void an_expired_certificate_is_a_clear_error_with_its_end_date() throws Exception {
        Instant end = Instant.now().minus(Duration.ofDays(2));
        Path keystore = PKI.keystore(dir, "old", end.minus(Duration.ofDays(365)), end);
        assertThatThrownBy(() -> SigningKey.fromPkcs12(keystore, "old", TestKeys.PASSWORD.clone()))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.CERTIFICATE_EXPIRED);
                    assertThat(e.getMessage()).contains("expired on");
                    assertNoPassword(e);
                });
    }

    @Test
    void an_unreachable_time_stamp_authority_is_a_clear_error() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + port + "/tsa");
        SigningKey key = SigningKey.fromPkcs12(PKI.validKeystore(dir, "isms"), null, TestKeys.PASSWORD.clone());
        assertThatThrownBy(() -> signer.sign(PDF, key, SignatureOptions.reason("test")
                        .withTimestampAuthority(nobody).withTsaTimeout(Duration.ofSeconds(5))))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.TSA_UNREACHABLE);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + port);
                    assertNoPassword(e);
                });
    }

    @Test
    void a_time_stamp_authority_that_answers_with_an_error_is_a_clear_error() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            URI refusing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
            assertThatThrownBy(() -> signer.sign(PDF, SigningKey.developmentKey("Example Corp"),
                            SignatureOptions.reason("test").withTimestampAuthority(refusing)))
                    .isInstanceOfSatisfying(SigningException.class, e -> {
                        assertThat(e.problem()).isEqualTo(SigningException.Problem.TSA_REJECTED);
                        assertThat(e.getMessage()).contains("HTTP 503");
                    });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void pdfsig_reads_a_development_key_signature_with_its_private_extension_as_valid() throws Exception {
        String report = Pdfsig.run(dir, signer.sign(PDF, SigningKey.developmentKey("Example Corp"), SignatureOptions.reason("x")));
        assertThat(report).contains("Signature is Valid.").contains("Total document signed").contains("development key");
    }

    @Test
    void a_signing_key_never_shows_its_key_material() {
        SigningKey key = SigningKey.developmentKey("Example Corp");
        assertThat(key.toString()).contains("development").doesNotContain("private");
    }

    private static void assertNoPassword(Throwable e) {
        assertThat(fullText(e)).doesNotContain(new String(TestKeys.PASSWORD));
    }

    private static String fullText(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    static SignerInformation signerInfo(byte[] signed) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDSignature signature = pdf.getLastSignatureDictionary();
            byte[] contents = signature.getContents(signed);
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
                return cms.getSignerInfos().getSigners().iterator().next();
            }
        }
    }

    static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + needle);
    }
}
