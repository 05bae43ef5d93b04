package io.github.isms.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Replaces a folder as a whole: the new content is written into a hidden sibling, and only when
 * that succeeded does it take the folder's place by rename. A build that fails midway leaves the
 * last good folder untouched and removes its own half-written sibling.
 *
 * <p>With a spare folder, the replaced folder is kept there instead of being deleted, and the next
 * build writes over it: on many file systems creating a thousand files and folders (and deleting
 * the thousand old ones) costs far more than overwriting them in place.
 */
public final class AtomicDirectory {

    private AtomicDirectory() {
    }

    /**
     * Writes {@code target}'s new content with {@code writer}, then swaps it in. The writer gets the
     * staging folder and returns every file it wrote there (relative, with {@code /}); anything else
     * the staging folder holds from a spare is removed before the swap.
     *
     * @param spare where the replaced folder is kept for the next build to write over; null deletes it
     */
    public static void replace(Path target, Path spare, Function<Path, Set<String>> writer) {
        Path parent = target.toAbsolutePath().getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            recoverFromAnInterruptedBuild(target.toAbsolutePath(), spare);
            staging = stagingFolder(target, spare);
            Contents previous = Contents.of(staging);
            Set<String> written = writer.apply(staging);
            previous.removeAllBut(staging, written);
            swap(staging, target.toAbsolutePath(), spare);
            staging = null;
        } catch (IOException e) {
            throw new UncheckedIOException("can not replace " + target, e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /**
     * Puts right what a build killed half-way (kill -9, power cut) left beside the folder. Killed
     * between the two renames of the swap, it left no folder but the last good one under its
     * {@code old} name, which is put back; a staging folder left behind is deleted, and a replaced
     * folder is kept as the spare when there is none (it is written over like one) or else deleted.
     * Only for a caller that holds the output folder's {@link OutputLock}, so that no leftover
     * belongs to a build still running.
     */
    public static void recoverFromAnInterruptedBuild(Path target, Path spare) throws IOException {
        List<Path> olds = leftovers(target, "old");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path newest = olds.get(olds.size() - 1);
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
        }
        // A staging folder ("new") a failed or killed build left may hold anything half-written, even what
        // made that build fail (a folder where a page belongs), so it never becomes the spare; a replaced
        // folder ("old") was a complete site.
        for (Path leftover : leftovers(target, "new")) {
            deleteQuietly(leftover);
        }
        for (Path leftover : leftovers(target, "old")) {
            if (spare == null || Files.exists(spare, LinkOption.NOFOLLOW_LINKS) || !keptAsSpare(leftover, spare)) {
                deleteQuietly(leftover);
            }
        }
    }

    /* The hidden siblings in {@code role} of the folder's earlier builds, oldest first (by modification time). */
    private static List<Path> leftovers(Path target, String role) throws IOException {
        String prefix = "." + target.getFileName() + "." + role + "-";
        List<Path> found = new ArrayList<>();
        try (var siblings = Files.newDirectoryStream(target.getParent(), sibling -> sibling.getFileName().toString().startsWith(prefix)
                && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS))) {
            siblings.forEach(found::add);
        }
        found.sort(java.util.Comparator.comparing(AtomicDirectory::modified));
        return found;
    }

    private static FileTime modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /* The spare renamed into a staging folder when there is one, or else a new empty folder. */
    private static Path stagingFolder(Path target, Path spare) throws IOException {
        Path staging = sibling(target, "new");
        if (spare != null && Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteQuietly(spare);
            }
        }
        return Files.createDirectory(staging);
    }

    /*
     * Two renames on the same file system: the old folder steps aside, the new one takes its name.
     * Between them the folder is briefly absent, never half-written; the old one becomes the spare
     * or is deleted last.
     */
    private static void swap(Path staging, Path target, Path spare) throws IOException {
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
        if (old != null && !keptAsSpare(old, spare)) {
            deleteQuietly(old);
        }
    }

    private static boolean keptAsSpare(Path old, Path spare) {
        if (spare == null) {
            return false;
        }
        try {
            Files.move(old, spare, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /* Not Files.createTempDirectory: its owner-only permissions would end up on the published folder. */
    private static Path sibling(Path target, String role) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + role + "-" + UUID.randomUUID());
    }

    /**
     * What a staging folder held before the writer ran: its regular files (by relative path). Links
     * and other special files are deleted on sight, so that no write can follow one out of the folder.
     * So is a file with a second hard link: it may be someone's archive of an earlier site, which
     * writing over it in place would change.
     */
    private record Contents(List<String> files) {

        static Contents of(Path root) throws IOException {
            List<String> files = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && !hasOtherLinks(file)) {
                        files.add(relative(root, file));
                    } else {
                        Files.delete(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return new Contents(files);
        }

        private static boolean hasOtherLinks(Path file) throws IOException {
            try {
                return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1;
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return false; // no link counts here (not a Unix file system): nothing to protect either
            }
        }

        /* Deletes every earlier file the writer did not write again, and the folders that leaves empty. */
        void removeAllBut(Path root, Set<String> written) throws IOException {
            Map<String, List<String>> writtenIgnoringCase = new HashMap<>();
            written.forEach(w -> writtenIgnoringCase.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(w));
            for (String name : files) {
                if (!written.contains(name) && !writtenUnderAnotherCase(root, name, writtenIgnoringCase)) {
                    Path file = root.resolve(name);
                    Files.deleteIfExists(file);
                    for (Path dir = file.getParent(); !dir.equals(root) && isEmpty(dir); dir = dir.getParent()) {
                        Files.delete(dir);
                    }
                }
            }
        }

        /*
         * On a file system that ignores case (macOS, Windows), "Logo.png" from the spare and a newly
         * written "logo.png" are one file, which must not be deleted as left over.
         */
        private static boolean writtenUnderAnotherCase(Path root, String name, Map<String, List<String>> written)
                throws IOException {
            for (String other : written.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                Path file = root.resolve(name);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(file, root.resolve(other))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isEmpty(Path dir) throws IOException {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (var entries = Files.newDirectoryStream(dir)) {
                return !entries.iterator().hasNext();
            }
        }

        private static String relative(Path root, Path file) {
            return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        }
    }

    public static void deleteQuietly(Path dir) {
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
