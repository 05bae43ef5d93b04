package io.github.isms.site;

import io.github.isms.output.AtomicDirectory;
import io.github.isms.digest.Sha256;
import io.github.isms.verify.Manifest;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
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

    /** Content written to a stream a piece at a time. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the file {@code content} writes, hashing it as it goes, so that a file larger than is good to hold
     * (the search index of every document's text) is never held whole. It is always written, never compared
     * with the earlier build's file, which would need it whole.
     */
    public void write(String relativePath, Content content) {
        Path file = inside(relativePath);
        MessageDigest sha256 = Sha256.newDigest();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
                Counted counted = new Counted(new DigestOutputStream(Channels.newOutputStream(channel), sha256));
                OutputStream out = new BufferedOutputStream(counted, 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.truncate(counted.count); // what an earlier build left beyond the new end, as in overwrite
            }
        } catch (IOException e) {
            throw new UncheckedIOException("can not write " + file, e);
        }
        record(relativePath, HexFormat.of().formatHex(sha256.digest()));
    }

    /* Counts the bytes that pass; closing it leaves the channel to its owner. */
    private static final class Counted extends FilterOutputStream {
        private long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        Path file = inside(relativePath);
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
        record(relativePath, digest);
    }

    private Path inside(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("page path leaves the site: " + relativePath);
        }
        return file;
    }

    private void record(String relativePath, String digest) {
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
