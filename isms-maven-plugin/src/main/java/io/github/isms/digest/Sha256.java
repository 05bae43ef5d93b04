package io.github.isms.digest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the plugin: manifest entries, signed attributes, time-stamp imprints
 * and PDF file identifiers all use it.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] data) {
        return newDigest().digest(data);
    }

    /** Lower-case hex, the form {@code manifest.json} records. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(of(data));
    }

    /** Lower-case hex of a file's bytes, read as a stream so a large PDF is never held whole. */
    public static String hex(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
