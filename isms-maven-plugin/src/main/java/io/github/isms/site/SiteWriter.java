package io.github.isms.site;

import io.github.isms.output.AtomicDirectory;
import io.github.isms.digest.Sha256;
import io.github.isms.verify.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the files of one site build into a folder and remembers the SHA-256 of each, so that
 * the manifest lists exactly what was published. Safe to call from several threads.
 *
 * <p>The folder may hold an earlier build (a spare, see {@link AtomicDirectory}). A file whose
 * bytes there are already the ones to write, and that was not touched after that build wrote its
 * manifest, is left as it is and keeps the hash that manifest gives it: most pages of a rebuild
 * do not change, and hashing them again was most of the time spent writing them.
 */
public final class SiteWriter implements SiteFiles {

    private final Path root;
    private final Map<String, String> digests = new TreeMap<>();
    private final Map<String, String> earlier;
    private final FileTime earlierWritten;
    private final FileTime earlierChanged;

    public SiteWriter(Path root) {
        this.root = root;
        Path manifest = root.resolve(Manifest.FILE_NAME);
        Map<String, String> hashes = Map.of();
        FileTime written = FileTime.fromMillis(Long.MIN_VALUE);
        FileTime changed = null;
        try {
            if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                written = Files.getLastModifiedTime(manifest, LinkOption.NOFOLLOW_LINKS);
                changed = changeTime(manifest).orElse(null);
                hashes = Manifest.readOwn(Files.readString(manifest));
            }
        } catch (IOException | UncheckedIOException e) {
            hashes = Map.of(); // an unreadable manifest only means every file is written and hashed
        }
        this.earlier = hashes;
        this.earlierWritten = written;
        this.earlierChanged = changed;
    }

    /* The time of the file's last change of content or metadata (Unix ctime), which no tool sets back. */
    private static Optional<FileTime> changeTime(Path file) {
        try {
            return Optional.of((FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    public void write(String relativePath, String text) {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("page path leaves the site: " + relativePath);
        }
        String digest;
        try {
            digest = unchanged(relativePath, file, bytes);
            if (digest == null) {
                Files.createDirectories(file.getParent());
                overwrite(file, bytes);
                digest = Sha256.hex(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("can not write " + file, e);
        }
        synchronized (digests) {
            if (digests.put(relativePath, digest) != null) {
                throw new IllegalStateException("two pages want the same path: " + relativePath);
            }
        }
    }

    /* The earlier manifest's hash of the file when the file holds exactly {@code bytes} and is as that build left it; else null. */
    private String unchanged(String relativePath, Path file, byte[] bytes) throws IOException {
        String hash = earlier.get(relativePath);
        if (hash == null) {
            return null;
        }
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        // Only a file older than the manifest (strictly: clocks are coarse) and not changed since, by
        // its change time where the file system keeps one (users can set modification times back).
        if (!now.isRegularFile() || now.size() != bytes.length || now.lastModifiedTime().compareTo(earlierWritten) >= 0
                || earlierChanged != null && !changeTime(file).map(t -> t.compareTo(earlierChanged) < 0).orElse(false)) {
            return null;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes) ? hash : null;
    }

    /*
     * Writes over an existing file (one the spare folder brought along) in place and cuts off what
     * is left beyond the new end, instead of truncating it first: on some file systems (ext4 with
     * discard) truncating a file to zero frees and discards its blocks, which made every such write
     * a hundred times slower than writing the same bytes over the old ones.
     */
    private static void overwrite(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(bytes.length);
        }
    }

    /** Every file written so far, by path, with its SHA-256 in lower-case hex. */
    public SortedMap<String, String> digests() {
        synchronized (digests) {
            return new TreeMap<>(digests);
        }
    }
}
