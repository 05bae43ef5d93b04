package io.github.isms.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The certificates a signature must chain to, for example the organisation's signing CA. */
public record TrustAnchors(Set<X509Certificate> certificates) {

    public TrustAnchors {
        certificates = Set.copyOf(certificates);
    }

    /** No anchors: no signer chains to anything (see {@link TrustPolicy} for what verification makes of that). */
    public static TrustAnchors none() {
        return new TrustAnchors(Set.of());
    }

    public static TrustAnchors of(X509Certificate... certificates) {
        return new TrustAnchors(Set.of(certificates));
    }

    /** Reads certificates from PEM or DER files (a PEM file may hold several). */
    public static TrustAnchors fromFiles(List<Path> files) throws IOException {
        Set<X509Certificate> all = new LinkedHashSet<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    factory.generateCertificates(in).forEach(c -> all.add((X509Certificate) c));
                } catch (CertificateException e) {
                    throw new IOException("trust anchor file " + file + " holds no readable certificate", e);
                }
            }
        } catch (CertificateException e) {
            throw new IllegalStateException("every Java runtime reads X.509", e);
        }
        return new TrustAnchors(all);
    }

    /**
     * Reads a trust store: a PEM or DER file of certificates, or a PKCS#12 keystore whose
     * certificates (trusted entries, and the chains of key entries) become the anchors.
     */
    public static TrustAnchors read(Path file, char[] pkcs12Password) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the trust store does not exist");
        }
        try {
            return fromFiles(List.of(file));
        } catch (IOException notCertificates) {
            KeyStore store;
            try (InputStream in = Files.newInputStream(file)) {
                store = KeyStore.getInstance("PKCS12");
                store.load(in, pkcs12Password);
            } catch (GeneralSecurityException | IOException e) {
                throw new IOException("neither certificates (PEM, DER) nor a PKCS#12 keystore that opens with the given password", e);
            }
            Set<X509Certificate> all = new LinkedHashSet<>();
            try {
                for (String alias : Collections.list(store.aliases())) {
                    // A key entry brings its whole chain, so the organisation's keystore can name its own CA.
                    Certificate[] chain = store.isKeyEntry(alias) ? store.getCertificateChain(alias)
                            : new Certificate[] {store.getCertificate(alias)};
                    for (Certificate c : chain == null ? new Certificate[0] : chain) {
                        if (c instanceof X509Certificate x509) {
                            all.add(x509);
                        }
                    }
                }
            } catch (KeyStoreException e) {
                throw new IOException("the PKCS#12 trust store can not be listed", e);
            }
            return new TrustAnchors(all);
        }
    }

    Set<TrustAnchor> asPkix() {
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (X509Certificate c : new ArrayList<>(certificates)) {
            anchors.add(new TrustAnchor(c, null));
        }
        return anchors;
    }
}
