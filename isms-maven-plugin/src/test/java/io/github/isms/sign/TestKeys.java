package io.github.isms.sign;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A small PKI made in the test: a CA, a signer it issued, PKCS#12 files of them. */
public final class TestKeys {

    public static final char[] PASSWORD = "s3cret-Keystore-Pass".toCharArray();

    public final KeyPair caKeys = rsa();
    public final X509Certificate ca;

    /** A CA valid from yesterday for ten years. */
    public TestKeys() {
        this(Instant.now().minus(Duration.ofDays(1)));
    }

    /** A CA valid from {@code caFrom} until ten years from now: for signatures that claim a time in the past. */
    public TestKeys(Instant caFrom) {
        ca = certificate("CN=Example Corp Signing CA", caKeys, "CN=Example Corp Signing CA", caKeys.getPrivate(),
                caFrom, Instant.now().plus(Duration.ofDays(3650)), true, false);
    }

    /** A keystore with one signer key issued by {@link #ca}, valid between the two instants. */
    public Path keystore(Path dir, String alias, Instant from, Instant to) throws Exception {
        KeyPair signer = rsa();
        X509Certificate cert = certificate("CN=Example Corp ISMS, O=Example Corp", signer, "CN=Example Corp Signing CA",
                caKeys.getPrivate(), from, to, false, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, signer.getPrivate(), PASSWORD, new Certificate[] {cert, ca});
        Path file = dir.resolve(alias + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    /**
     * A certificate for {@code keys} issued by {@link #ca}, valid from yesterday for a year, with the
     * key usage bits given ({@link KeyUsage}) and, when any are given, these extended key usages.
     */
    public X509Certificate issue(String subject, KeyPair keys, int keyUsage, KeyPurposeId... extended) {
        try {
            var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=Example Corp Signing CA"),
                    BigInteger.valueOf(System.nanoTime()), Date.from(Instant.now().minus(Duration.ofDays(1))),
                    Date.from(Instant.now().plus(Duration.ofDays(365))), new X500Name(subject), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            if (extended.length > 0) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extended));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signing key whose certificate {@link #issue} made with these usages, loaded as the build loads keys. */
    public SigningKey signingKey(Path dir, String alias, int keyUsage, KeyPurposeId... extended) throws Exception {
        KeyPair keys = rsa();
        X509Certificate cert = issue("CN=" + alias + ", O=Example Corp", keys, keyUsage, extended);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), PASSWORD, new Certificate[] {cert, ca});
        Path file = dir.resolve(alias + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return SigningKey.fromPkcs12(file, alias, PASSWORD.clone());
    }

    public Path validKeystore(Path dir, String alias) throws Exception {
        return keystore(dir, alias, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
            Instant from, Instant to, boolean ca, boolean timestamping) {
        try {
            var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(System.nanoTime()),
                    Date.from(from), Date.from(to), new X500Name(subject), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (timestamping) {
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
