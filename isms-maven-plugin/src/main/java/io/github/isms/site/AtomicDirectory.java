package io.github.isms.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Replaces a folder as a whole: the new content is written into a hidden sibling, and only when
 * that succeeded does it take the folder's place by rename. A build that fails midway leaves the
 * last good folder untouched and removes its own half-written sibling.
 */
final class AtomicDirectory {

    private AtomicDirectory() {
    }

    /** Writes {@code target}'s new content with {@code writer} (given the staging folder), then swaps it in. */
    static void replace(Path target, Consumer<Path> writer) {
        Path parent = target.toAbsolutePath().getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createDirectory(sibling(target, "new"));
            writer.accept(staging);
            swap(staging, target.toAbsolutePath());
            staging = null;
        } catch (IOException e) {
            throw new UncheckedIOException("can not replace " + target, e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /*
     * Two renames on the same file system: the old folder steps aside, the new one takes its name.
     * Between them the folder is briefly absent, never half-written; the old one is deleted last.
     */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = sibling(target, "old");
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    /* Not Files.createTempDirectory: its owner-only permissions would end up on the published folder. */
    private static Path sibling(Path target, String role) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + role + "-" + UUID.randomUUID());
    }

    static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A leftover hidden folder is harmless; the next build removes nothing it did not create.
        }
    }
}
