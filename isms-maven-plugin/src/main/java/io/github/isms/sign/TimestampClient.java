package io.github.isms.sign;

import io.github.isms.digest.Sha256;
import static io.github.isms.sign.SigningException.Problem.TSA_REJECTED;
import static io.github.isms.sign.SigningException.Problem.TSA_UNREACHABLE;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** Asks an RFC 3161 time-stamp authority to time-stamp a signature value. */
final class TimestampClient {

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    TimestampClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A time-stamp token over SHA-256 of {@code signatureValue}, checked against the request. */
    TimeStampToken timestamp(byte[] signatureValue) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, new SecureRandom());
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, Sha256.of(signatureValue), nonce);
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(url)
                            .timeout(timeout)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SigningException(TSA_UNREACHABLE, "time-stamp authority " + safe(url) + " is unreachable: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException(TSA_UNREACHABLE, "interrupted while waiting for " + safe(url), e);
        }
        if (response.statusCode() != 200) {
            throw new SigningException(TSA_REJECTED,
                    "time-stamp authority " + safe(url) + " answered HTTP " + response.statusCode());
        }
        try {
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            TimeStampToken token = answer.getTimeStampToken();
            if (token == null) {
                throw new SigningException(TSA_REJECTED, "time-stamp authority " + safe(url)
                        + " granted no time-stamp: " + answer.getStatusString());
            }
            return token;
        } catch (TSPException | IOException e) {
            throw new SigningException(TSA_REJECTED,
                    "time-stamp authority " + safe(url) + " sent an unusable answer: " + e.getMessage(), e);
        }
    }

    /** The address without user information, which could hold credentials. */
    static String safe(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getPath() == null ? "" : url.getPath());
    }
}
