package io.github.isms.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The certificates a signature must chain to, for example the organisation's signing CA. */
public record TrustAnchors(Set<X509Certificate> certificates) {

    public TrustAnchors {
        certificates = Set.copyOf(certificates);
    }

    /** No anchors: every signature is untrusted (development signatures are reported as such). */
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

    Set<TrustAnchor> asPkix() {
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (X509Certificate c : new ArrayList<>(certificates)) {
            anchors.add(new TrustAnchor(c, null));
        }
        return anchors;
    }
}
