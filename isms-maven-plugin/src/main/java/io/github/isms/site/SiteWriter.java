package io.github.isms.site;

import io.github.isms.digest.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the files of one site build into a folder and remembers the SHA-256 of each, so that
 * the manifest lists exactly what was published. Safe to call from several threads.
 */
final class SiteWriter implements SiteFiles {

    private final Path root;
    private final Map<String, String> digests = new TreeMap<>();

    SiteWriter(Path root) {
        this.root = root;
    }

    void write(String relativePath, String text) {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("page path leaves the site: " + relativePath);
        }
        try {
            Files.createDirectories(file.getParent());
            overwrite(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("can not write " + file, e);
        }
        String digest = Sha256.hex(bytes);
        synchronized (digests) {
            if (digests.put(relativePath, digest) != null) {
                throw new IllegalStateException("two pages want the same path: " + relativePath);
            }
        }
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
    SortedMap<String, String> digests() {
        synchronized (digests) {
            return new TreeMap<>(digests);
        }
    }
}
