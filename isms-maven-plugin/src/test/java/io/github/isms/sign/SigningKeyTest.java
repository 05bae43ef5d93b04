package io.github.isms.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a development key is told apart from a real one (by the extension it carries, never by its name), and the
 * signing time a key may claim.
 */
class SigningKeyTest {

    static final TestKeys PKI = new TestKeys();

    @TempDir
    Path dir;

    @Test
    void a_generated_development_key_carries_the_development_key_extension() {
        SigningKey key = SigningKey.developmentKey("Example Corp");

        assertThat(key.isDevelopmentKey()).isTrue();
        assertThat(SigningKey.isDevelopmentCertificate(key.certificate())).isTrue();
        assertThat(key.certificate().getNonCriticalExtensionOIDs()).contains(SigningKey.DEVELOPMENT_KEY_EXTENSION);
    }

    @Test
    void a_certificate_with_the_development_keys_name_but_without_the_extension_is_not_a_development_key() throws Exception {
        String copiedName = SigningKey.developmentKey("Example Corp").certificate().getSubjectX500Principal().getName();
        X509Certificate lookalike = PKI.issue(copiedName, TestKeys.rsa(), KeyUsage.digitalSignature);

        assertThat(lookalike.getSubjectX500Principal().getName()).contains(SigningKey.DEVELOPMENT_UNIT);
        assertThat(SigningKey.isDevelopmentCertificate(lookalike)).isFalse();
    }

    @Test
    void an_organisations_key_is_not_a_development_key() throws Exception {
        SigningKey key = SigningKey.fromPkcs12(PKI.validKeystore(dir, "isms"), "isms", TestKeys.PASSWORD.clone());

        assertThat(key.isDevelopmentKey()).isFalse();
        assertThat(SigningKey.isDevelopmentCertificate(key.certificate())).isFalse();
    }

    @Test
    void a_development_key_saved_into_a_keystore_is_still_a_development_key() throws Exception {
        SigningKey generated = SigningKey.developmentKey("Example Corp");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("dev", generated.privateKey(), TestKeys.PASSWORD, new Certificate[] {generated.certificate()});
        Path file = dir.resolve("dev.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, TestKeys.PASSWORD);
        }

        assertThat(SigningKey.fromPkcs12(file, "dev", TestKeys.PASSWORD.clone()).isDevelopmentKey()).isTrue();
    }

    @Test
    void the_signing_time_is_the_reference_time_moved_forward_into_the_validity_of_every_certificate_of_the_chain() throws Exception {
        Instant now = Instant.now();
        // The signer's certificate starts before its issuer's (yesterday) and ends in a month.
        SigningKey key = SigningKey.fromPkcs12(PKI.keystore(dir, "isms", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))),
                "isms", TestKeys.PASSWORD.clone());
        Instant issuerFrom = PKI.ca.getNotBefore().toInstant();

        assertThat(key.signingTime(now.minus(Duration.ofHours(1)))).isEqualTo(now.minus(Duration.ofHours(1)));
        assertThat(key.signingTime(now.minus(Duration.ofDays(10)))).isEqualTo(issuerFrom);
    }

    @Test
    void the_signing_time_is_never_later_than_the_signing_itself() throws Exception {
        Instant now = Instant.now();
        SigningKey key = SigningKey.fromPkcs12(PKI.keystore(dir, "isms", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))),
                "isms", TestKeys.PASSWORD.clone());

        assertThat(key.signingTime(now.plus(Duration.ofDays(60)))).isBetween(now, Instant.now());
    }
}
