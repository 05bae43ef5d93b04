package io.github.isms.output;

import io.github.isms.digest.Fingerprint;
import io.github.isms.digest.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Files an earlier build made, by a {@link Fingerprint} of everything they were made from, so that a
 * rebuild makes again only those whose inputs changed: {@code target/isms/cache/<kind>/<fingerprint>}.
 * An optimisation only: a file missing, unreadable or damaged (each entry carries the SHA-256 of its
 * bytes) is made again, and the same inputs always give the same bytes, so the output never depends
 * on the cache. The plugin's version is part of every fingerprint: another version's entries are never
 * used, and {@link #prune} removes them.
 */
public final class FileCache {

    private final Path dir;
    private final String version;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> made = ConcurrentHashMap.newKeySet();

    private FileCache(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    /** No cache: every file is made. */
    public static FileCache none() {
        return new FileCache(null, "");
    }

    /** The cache of one kind of file in {@code dir}, for this plugin {@code version}. */
    public static FileCache open(Path dir, String version) {
        return new FileCache(dir, version);
    }

    /**
     * The file made from {@code inputs}: the one an earlier build kept, or {@code make}'s, which is kept
     * for the next build. {@code name} says which file it is, for {@link #made}.
     */
    public byte[] get(String name, Object inputs, Supplier<byte[]> make) {
        Optional<String> key = key(inputs);
        if (key.isPresent()) {
            Optional<byte[]> kept = read(key.get());
            if (kept.isPresent()) {
                used.add(key.get());
                return kept.get();
            }
        }
        byte[] bytes = make.get();
        made.add(name);
        key.ifPresent(k -> write(k, bytes));
        return bytes;
    }

    /** The names of the files this cache did not have and had made, sorted: what a rebuild cost. */
    public List<String> made() {
        return made.stream().sorted().toList();
    }

    /** Removes every entry this build did not use or make: files of documents since changed, or of another version. */
    public void prune() {
        if (dir == null || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (!used.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // only an optimisation: what is left is pruned by a later build
        }
    }

    private Optional<String> key(Object inputs) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Fingerprint.of(version, inputs));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // inputs that can not be fingerprinted are made every time
        }
    }

    /* An entry is the hex SHA-256 of the bytes, a newline, and the bytes. */
    private Optional<byte[]> read(String key) {
        try {
            Path file = dir.resolve(key);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            byte[] entry = Files.readAllBytes(file);
            if (entry.length < 65 || entry[64] != '\n') {
                return Optional.empty();
            }
            byte[] bytes = Arrays.copyOfRange(entry, 65, entry.length);
            return new String(entry, 0, 64, StandardCharsets.US_ASCII).equals(Sha256.hex(bytes)) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(String key, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path temporary = dir.resolve(key + "." + UUID.randomUUID() + ".tmp");
            try {
                byte[] hash = (Sha256.hex(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
                try (var out = Files.newOutputStream(temporary)) {
                    out.write(hash);
                    out.write(bytes);
                }
                Files.move(temporary, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                used.add(key);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UncheckedIOException e) {
            // a full disk or an unwritable folder: the file is made again next time
        }
    }
}
