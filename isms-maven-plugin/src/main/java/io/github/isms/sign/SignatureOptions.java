package io.github.isms.sign;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a PDF is signed.
 *
 * @param reason shown by PDF readers; a development key always says "development signature"
 * @param location where the signature was made, or empty
 * @param tsaUrl an RFC 3161 time-stamp authority for PAdES B-T, or {@code null} for B-B
 * @param tsaTimeout how long to wait for the time-stamp authority
 * @param signingTime the claimed signing time (/M), or {@code null} for now; B-B carries no
 *     signing-time attribute in the CMS, so this is the reader's only hint besides a time-stamp
 */
public record SignatureOptions(String reason, String location, URI tsaUrl, Duration tsaTimeout, Instant signingTime) {

    public SignatureOptions {
        Objects.requireNonNull(reason, "reason");
        location = location == null ? "" : location;
        tsaTimeout = tsaTimeout == null ? Duration.ofSeconds(20) : tsaTimeout;
    }

    public static SignatureOptions reason(String reason) {
        return new SignatureOptions(reason, "", null, null, null);
    }

    public SignatureOptions withTimestampAuthority(URI url) {
        return new SignatureOptions(reason, location, url, tsaTimeout, signingTime);
    }

    public SignatureOptions withTsaTimeout(Duration timeout) {
        return new SignatureOptions(reason, location, tsaUrl, timeout, signingTime);
    }

    public SignatureOptions withLocation(String where) {
        return new SignatureOptions(reason, where, tsaUrl, tsaTimeout, signingTime);
    }

    public SignatureOptions withSigningTime(Instant time) {
        return new SignatureOptions(reason, location, tsaUrl, tsaTimeout, time);
    }
}
