package io.github.isms.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.TestKeys;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/** Who counts as a trusted signer: a chain to an anchor and a certificate for signing documents, or a pinned certificate. */
class SignerTrustTest {

    static final TestKeys PKI = new TestKeys();
    static final SourcePosition AT = SourcePosition.file("a.pdf");
    static final KeyPurposeId DOCUMENT_SIGNING = KeyPurposeId.getInstance(
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));

    private static List<Diagnostic> check(TrustPolicy policy, X509Certificate signer) {
        return new SignerTrust(policy).check(AT, signer, List.of(signer, PKI.ca), new Date());
    }

    private static X509Certificate issued(int keyUsage, KeyPurposeId... extended) {
        return PKI.issue("CN=Example Corp ISMS, O=Example Corp", TestKeys.rsa(), keyUsage, extended);
    }

    private static final TrustPolicy ORGANISATION = TrustPolicy.anchoredAt(TrustAnchors.of(PKI.ca));

    @Test
    void a_signer_under_the_anchor_with_a_signing_key_usage_is_trusted() {
        assertThat(check(ORGANISATION, issued(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))).isEmpty();
        assertThat(check(ORGANISATION, issued(KeyUsage.nonRepudiation))).isEmpty();
        assertThat(check(ORGANISATION, issued(KeyUsage.digitalSignature, DOCUMENT_SIGNING))).isEmpty();
    }

    @Test
    void a_second_key_under_the_same_anchor_issued_only_for_encryption_is_not_trusted() {
        List<Diagnostic> found = check(ORGANISATION, issued(KeyUsage.keyEncipherment, KeyPurposeId.id_kp_emailProtection));

        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_KEY_USAGE);
        assertThat(found.get(0).message()).contains("keyEncipherment").contains("neither digitalSignature nor nonRepudiation");
    }

    @Test
    void an_e_mail_certificate_is_not_enough_even_with_a_signing_key_usage() {
        List<Diagnostic> found = check(ORGANISATION, issued(KeyUsage.digitalSignature, KeyPurposeId.id_kp_emailProtection));

        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_KEY_USAGE);
        assertThat(found.get(0).message()).contains("(emailProtection) does not allow document signing");
    }

    @Test
    void a_signer_outside_the_anchors_is_untrusted() {
        X509Certificate stranger = new TestKeys().issue("CN=Example Corp ISMS", TestKeys.rsa(), KeyUsage.digitalSignature);

        assertThat(check(ORGANISATION, stranger)).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_UNTRUSTED);
    }

    @Test
    void a_pinned_signer_is_trusted_without_a_chain() {
        X509Certificate own = new TestKeys().issue("CN=Example Corp ISMS", TestKeys.rsa(), KeyUsage.digitalSignature);

        assertThat(check(ORGANISATION.withPinnedSigners(Set.of(own)), own)).isEmpty();
        assertThat(check(TrustPolicy.none().withPinnedSigners(Set.of(own)), own)).isEmpty();
    }

    @Test
    void with_only_a_pinned_signer_any_other_signer_is_untrusted() {
        X509Certificate own = new TestKeys().issue("CN=Example Corp ISMS", TestKeys.rsa(), KeyUsage.digitalSignature);

        assertThat(check(TrustPolicy.none().withPinnedSigners(Set.of(own)), issued(KeyUsage.digitalSignature)))
                .extracting(Diagnostic::message).singleElement().asString()
                .endsWith("does not chain to a configured trust anchor and is not a pinned signer");
    }

    @Test
    void a_development_key_fails_even_when_its_certificate_is_a_trust_anchor_or_pinned() {
        X509Certificate development = SigningKey.developmentKey("Example Corp").certificate();
        TrustPolicy trustingIt = TrustPolicy.anchoredAt(TrustAnchors.of(development)).withPinnedSigners(Set.of(development));

        List<Diagnostic> found = check(trustingIt, development);

        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_DEVELOPMENT_KEY);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).message()).contains("-Disms.allowDevelopmentKey=true");
    }

    @Test
    void a_development_key_is_a_warning_when_development_keys_are_allowed_and_with_no_trust_store_an_error() {
        X509Certificate development = SigningKey.developmentKey("Example Corp").certificate();

        assertThat(check(ORGANISATION.allowingDevelopmentKey(), development)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(check(TrustPolicy.none(), development)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void a_certificate_named_like_the_development_key_is_judged_as_any_other() {
        String name = SigningKey.developmentKey("Example Corp").certificate().getSubjectX500Principal().getName();
        X509Certificate lookalike = PKI.issue(name, TestKeys.rsa(), KeyUsage.digitalSignature);
        X509Certificate foreignLookalike = new TestKeys().issue(name, TestKeys.rsa(), KeyUsage.digitalSignature);

        assertThat(check(ORGANISATION, lookalike)).isEmpty();
        assertThat(check(ORGANISATION, foreignLookalike)).extracting(Diagnostic::code).containsExactly(Code.SIGNATURE_UNTRUSTED);
    }

    @Test
    void with_nothing_trusted_a_real_signer_gets_no_finding_of_its_own() {
        // SiteVerifier says once for the whole folder that signers could not be established.
        assertThat(check(TrustPolicy.none(), issued(KeyUsage.keyEncipherment))).isEmpty();
    }
}
