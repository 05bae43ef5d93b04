package io.github.isms.verify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: the SHA-256 of every published file of a site, by path relative to the
 * site root with {@code /}. The site build writes it last; isms:verify compares against it.
 * The manifest does not list itself.
 */
public record Manifest(SortedMap<String, String> sha256) {

    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    // "\n" on every system, so one site gives one manifest, byte for byte.
    private static final ObjectWriter PRETTY = JSON.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    public Manifest {
        sha256 = new TreeMap<>(sha256);
    }

    /** Hashes every file under {@code siteDir} except the manifest itself. */
    public static Manifest of(Path siteDir) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = relative(siteDir, file);
                if (!name.equals(FILE_NAME)) {
                    hashes.put(name, hash(file));
                }
            }
        }
        return new Manifest(hashes);
    }

    public static Manifest read(Path file) throws IOException {
        Map<String, Object> root = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
        if (!"SHA-256".equals(root.get("algorithm")) || !(root.get("files") instanceof Map<?, ?> files)) {
            throw new IOException(FILE_NAME + " is not a SHA-256 manifest of this plugin");
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        files.forEach((k, v) -> hashes.put(String.valueOf(k), String.valueOf(v)));
        return new Manifest(hashes);
    }

    /** Writes {@code manifest.json} into {@code siteDir}, sorted, so equal sites give equal bytes. */
    public void write(Path siteDir) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("algorithm", "SHA-256");
        root.put("files", sha256);
        Files.write(siteDir.resolve(FILE_NAME), PRETTY.writeValueAsBytes(root));
    }

    static String hash(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

}
