package io.github.isms.verify;

import io.github.isms.digest.Sha256;
import io.github.isms.json.JsonWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file hashes of a site: written by the site build as {@code manifest.json}
 * ({@code {"files": {"path": "sha-256 hex", ...}, "provenance": {...}, "algorithm": "SHA-256"}}, paths
 * relative to the site root with {@code /}), read back by isms:verify, or computed from the files as they
 * are now. The provenance (commit built, reference date, plugin version, signer) is what the site says
 * of itself; verification does not depend on it. The manifest lists neither itself nor its signature,
 * {@code manifest.json.p7s}: a detached CMS signature over the exact bytes of {@code manifest.json}, made
 * with the key that signs the PDFs.
 */
public record Manifest(SortedMap<String, String> sha256, Map<String, String> provenance) {

    public static final String FILE_NAME = "manifest.json";
    public static final String SIGNATURE_FILE_NAME = FILE_NAME + ".p7s";

    /* One entry of the files object as json() writes it: a path without quotes or escapes, and a hash. */
    private static final Pattern OWN_ENTRY = Pattern.compile("^    \"([^\"\\\\\\p{Cntrl}]+)\": \"([0-9a-f]{64})\",?$", Pattern.MULTILINE);

    public Manifest {
        sha256 = new TreeMap<>(sha256);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    public Manifest(SortedMap<String, String> sha256) {
        this(sha256, Map.of());
    }

    /** Hashes every file under {@code siteDir} except the manifest and its signature. */
    public static Manifest of(Path siteDir) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = relative(siteDir, file);
                if (!name.equals(FILE_NAME) && !name.equals(SIGNATURE_FILE_NAME)) {
                    hashes.put(name, Sha256.hex(file));
                }
            }
        }
        return new Manifest(hashes);
    }

    /** Reads a manifest; anything but an object of path to hash under "files" is refused. */
    public static Manifest read(Path file) throws IOException {
        // A reader of its own: the site build writes manifests without loading the JSON library at all.
        JsonNode files = new ObjectMapper().readTree(file.toFile()).path("files");
        if (!files.isObject()) {
            throw new IOException("it has no \"files\" object of paths and SHA-256 hashes");
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw new IOException("the hash of " + entry.getKey() + " is not a string");
            }
            hashes.put(entry.getKey(), entry.getValue().asText());
        }
        return new Manifest(hashes);
    }

    /**
     * The entries of a manifest exactly as {@link #json()} writes it, one {@code "path": "hex"} a
     * line; an entry written any other way is left out, and a file that is not such a manifest
     * gives none. Only for the site build, which may take a file's hash from the manifest it wrote
     * itself last time: it reads it without loading a JSON library. {@link #read} is the reader
     * for manifests from anywhere.
     */
    public static Map<String, String> readOwn(String json) {
        Map<String, String> hashes = new HashMap<>();
        if (!json.startsWith("{\n  \"files\": {\n") || !json.endsWith("\n  \"algorithm\": \"SHA-256\"\n}\n")) {
            return hashes;
        }
        Matcher line = OWN_ENTRY.matcher(json);
        while (line.find()) {
            hashes.put(line.group(1), line.group(2));
        }
        return hashes;
    }

    /** Writes {@code manifest.json} into {@code siteDir}, sorted, so equal sites give equal bytes. */
    public void write(Path siteDir) throws IOException {
        Files.write(siteDir.resolve(FILE_NAME), json());
    }

    /** The bytes of {@code manifest.json}: {@code {"files": {path: hex, ...}, "algorithm": "SHA-256"}}. */
    public byte[] json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", sha256);
        if (!provenance.isEmpty()) {
            root.put("provenance", provenance);
        }
        root.put("algorithm", "SHA-256");
        return JsonWriter.pretty(root).getBytes(StandardCharsets.UTF_8);
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
