package io.github.isms.sign;

import java.time.Instant;
import java.util.Date;

/**
 * A detached CMS signature over any bytes, made the way the PDFs' signatures are made (SHA-256,
 * signing-certificate-v2, the key's certificate chain, no time-stamp), plus the signing-time
 * attribute, by which a verifier checks the certificate chain. The site build signs
 * {@code manifest.json} with it, so the file hashes an auditor relies on carry the same key as the PDFs.
 */
public final class DetachedSignature {

    private DetachedSignature() {}

    /** The DER-encoded CMS SignedData over {@code content}, which it does not contain. */
    public static byte[] of(byte[] content, SigningKey key, Instant signingTime) {
        return CadesSignature.create(content, key, null, Date.from(signingTime));
    }
}
