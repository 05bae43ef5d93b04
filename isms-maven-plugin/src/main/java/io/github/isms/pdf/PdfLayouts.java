package io.github.isms.pdf;

import io.github.isms.digest.Sha256;
import io.github.isms.output.FileCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The laid-out, unsigned PDFs of earlier builds: laying a document out is most of a PDF's cost, and its
 * bytes depend only on the print (its XHTML, metadata, watermark) and the asset files its images come
 * from. Signing is done again in every build (the signature carries its time), so a PDF from the cache
 * is signed exactly as a fresh one. An assets folder with a symbolic link in it is not fingerprinted
 * (its files could change behind the link): its prints are laid out every time.
 */
final class PdfLayouts {

    private final FileCache cache;
    private final Map<Path, Optional<Map<String, String>>> assets = new ConcurrentHashMap<>();

    PdfLayouts(FileCache cache) {
        this.cache = cache;
    }

    /** Everything a layout reads: the print's fields but the image resolver, which stands for the assets' contents. */
    private record Inputs(String xhtml, PdfMetadata metadata, String baseUri, String watermark, String watermarkText,
            String images, Map<String, String> assets) {
    }

    /** The layout of {@code print}, from the cache when an earlier build laid out the same, else {@code layout}'s. */
    byte[] get(String path, PrintDocument print, Supplier<byte[]> layout) {
        Optional<Map<String, String>> files = print.images().assetsDir().map(dir -> assets.computeIfAbsent(dir, PdfLayouts::digests))
                .orElse(Optional.of(Map.of()));
        if (files.isEmpty()) {
            return layout.get();
        }
        return cache.get(path, new Inputs(print.xhtml(), print.metadata(), print.baseUri(), print.watermark(),
                print.watermarkText(), print.images().describe(), files.get()), layout);
    }

    /** The files under {@code dir} by relative path with their SHA-256; empty when a symbolic link is among them. */
    private static Optional<Map<String, String>> digests(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(dir, LinkOption.NOFOLLOW_LINKS) ? Optional.empty() : Optional.of(files);
        }
        boolean[] linked = {false};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                        linked[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    files.put(dir.relativize(file).toString().replace('\\', '/'), Sha256.hex(file));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return linked[0] ? Optional.empty() : Optional.of(files);
    }
}
