package io.github.isms.sign;

import static io.github.isms.sign.SigningException.Problem.CERTIFICATE_EXPIRED;
import static io.github.isms.sign.SigningException.Problem.CERTIFICATE_NOT_YET_VALID;
import static io.github.isms.sign.SigningException.Problem.KEYSTORE_NOT_FOUND;
import static io.github.isms.sign.SigningException.Problem.KEYSTORE_UNREADABLE;
import static io.github.isms.sign.SigningException.Problem.UNKNOWN_ALIAS;
import static io.github.isms.sign.SigningException.Problem.WRONG_PASSWORD;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The private key and certificate chain that sign the PDFs. Loaded from a PKCS#12 keystore, or
 * generated for one build when no keystore is configured ({@link #developmentKey(String)}).
 * Passwords are taken as {@code char[]}, used once and never kept, logged or put in a message.
 */
public final class SigningKey {

    /**
     * The organisational unit of a generated key's subject, for people reading it. Verification never
     * goes by it: anyone can put any name into a certificate. It goes by {@link #DEVELOPMENT_KEY_EXTENSION}.
     */
    public static final String DEVELOPMENT_UNIT = "isms-maven-plugin development signature";

    /**
     * The private certificate extension that marks a generated development key: an OID of the UUID
     * arc 2.25 (ITU-T X.667), which needs no registration and which no certificate authority uses.
     * Non-critical, so other verifiers (pdfsig, Acrobat) still read the certificate. Its presence
     * makes a certificate <em>less</em> trusted, so a forger gains nothing by copying it.
     */
    public static final String DEVELOPMENT_KEY_EXTENSION = "2.25.90828888501154108303100945813859625982";

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final boolean development;

    private SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean development) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.development = development;
    }

    /**
     * Loads a key from a PKCS#12 file. {@code alias} may be {@code null} when the file holds exactly
     * one key. The certificate must be valid now.
     */
    public static SigningKey fromPkcs12(Path keystore, String alias, char[] password) {
        KeyStore store = open(keystore, password);
        try {
            List<String> keyAliases = new ArrayList<>();
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    keyAliases.add(a);
                }
            }
            String chosen = chooseAlias(keystore, alias, keyAliases);
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] certificates = store.getCertificateChain(chosen);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certificates) {
                chain.add((X509Certificate) c);
            }
            checkValidity(keystore, chosen, chain.get(0), Instant.now());
            // A development key saved into a keystore is still one.
            return new SigningKey(key, chain, isDevelopmentCertificate(chain.get(0)));
        } catch (UnrecoverableKeyException e) {
            throw new SigningException(WRONG_PASSWORD,
                    "the key in keystore " + keystore + " can not be opened with the configured password", null);
        } catch (GeneralSecurityException e) {
            throw new SigningException(KEYSTORE_UNREADABLE, "keystore " + keystore + " is not usable: "
                    + e.getClass().getSimpleName(), null);
        }
    }

    /**
     * A fresh self-signed key for one build, named after the organisation. Its signatures verify
     * but chain to no trust anchor; verification reports them as development signatures.
     */
    public static SigningKey developmentKey(String organization) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, organization + " ISMS (development key)")
                    .addRDN(BCStyle.OU, DEVELOPMENT_UNIT)
                    .addRDN(BCStyle.O, organization)
                    .build();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))),
                    name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(new ASN1ObjectIdentifier(DEVELOPMENT_KEY_EXTENSION), false,
                    new DERUTF8String("isms-maven-plugin development key: generated for one build, trust nothing it signs"));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate), true);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate a development key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's certificate first, then its issuers as the keystore holds them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The signing time a signature made with this key claims for {@code reference}: the reference time itself,
     * so that two builds of one commit sign alike, but never later than the moment of signing, and never before
     * every certificate of the chain is valid (a verifier checks the chain at the claimed time). A key is loaded
     * only while its certificates are valid, so the claimed time never falls after they expire: no signature
     * is backdated into a validity that has ended.
     */
    public Instant signingTime(Instant reference) {
        Instant from = chain.stream().map(c -> c.getNotBefore().toInstant()).max(Instant::compareTo).orElseThrow();
        Instant now = Instant.now();
        Instant claimed = reference.isAfter(now) ? now : reference;
        return claimed.isBefore(from) && !from.isAfter(now) ? from : claimed;
    }

    /** Whether this is a generated key that nobody can trust. */
    public boolean isDevelopmentKey() {
        return development;
    }

    /**
     * Whether {@code certificate} is a development key's: it carries the extension
     * {@link #developmentKey(String)} writes ({@link #DEVELOPMENT_KEY_EXTENSION}). The subject is not
     * looked at; a certificate that only copies the development key's name is not one.
     */
    public static boolean isDevelopmentCertificate(X509Certificate certificate) {
        return certificate.getExtensionValue(DEVELOPMENT_KEY_EXTENSION) != null;
    }

    @Override
    public String toString() {
        // Never the key material.
        return "SigningKey[" + certificate().getSubjectX500Principal().getName() + (development ? ", development" : "") + "]";
    }

    private static KeyStore open(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new SigningException(KEYSTORE_NOT_FOUND, "keystore file not found: " + keystore);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SigningException(WRONG_PASSWORD,
                        "keystore " + keystore + " can not be opened with the configured password");
            }
            throw new SigningException(KEYSTORE_UNREADABLE,
                    "keystore " + keystore + " is not a readable PKCS#12 file: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new SigningException(KEYSTORE_UNREADABLE,
                    "keystore " + keystore + " is not a readable PKCS#12 file: " + e.getClass().getSimpleName());
        }
    }

    private static String chooseAlias(Path keystore, String alias, List<String> keyAliases) {
        if (alias == null || alias.isBlank()) {
            if (keyAliases.size() == 1) {
                return keyAliases.get(0);
            }
            throw new SigningException(UNKNOWN_ALIAS, "keystore " + keystore + " holds " + keyAliases.size()
                    + " keys " + keyAliases + "; configure the alias of the signing key");
        }
        for (String a : keyAliases) {
            if (a.equalsIgnoreCase(alias)) {
                return a;
            }
        }
        throw new SigningException(UNKNOWN_ALIAS,
                "keystore " + keystore + " has no key with alias '" + alias + "'; it holds " + keyAliases);
    }

    private static void checkValidity(Path keystore, String alias, X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new SigningException(CERTIFICATE_EXPIRED, "the certificate of key '" + alias + "' in " + keystore
                    + " (" + certificate.getSubjectX500Principal().getName() + ") expired on "
                    + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new SigningException(CERTIFICATE_NOT_YET_VALID, "the certificate of key '" + alias + "' in "
                    + keystore + " is valid only from " + certificate.getNotBefore().toInstant());
        }
    }
}
