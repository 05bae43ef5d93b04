package io.github.isms.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Files a build makes before it writes its site (PDFs, Word files), kept on disk instead of in memory until
 * the site takes them one at a time: an ISMS of thousands of documents has more of them than a heap holds.
 * Each build spools into a folder of its own, {@code <parent>/<process id>-<random>}, so that two builds
 * rendering side by side (they wait for each other only to write the site) never share a file, and removes it
 * when closed. A folder whose process has ended (a killed build) is removed by the next build that opens a spool
 * there; nothing in it is ever read again, because a build reads only the files it spooled itself.
 */
public final class FileSpool implements AutoCloseable {

    private final Path parent;
    private Path dir;

    private FileSpool(Path parent) {
        this.parent = parent;
    }

    /**
     * A spool in {@code parent}; its folder is made (after removing those of builds that ended without closing
     * theirs) when the first file comes, so that a build that spools nothing writes nothing.
     */
    public static FileSpool in(Path parent) {
        return new FileSpool(parent);
    }

    private synchronized Path dir() throws IOException {
        if (dir == null) {
            Files.createDirectories(parent);
            removeAbandoned(parent);
            dir = Files.createTempDirectory(parent, ProcessHandle.current().pid() + "-");
        }
        return dir;
    }

    /**
     * Keeps {@code bytes} as the file that {@code name} (a path relative to the site root, with {@code /}) will
     * be, and returns where they are. Safe to call from several threads, each with another name.
     */
    public Path put(String name, byte[] bytes) {
        Path file = null;
        try {
            Path folder = dir();
            file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || file.equals(folder)) {
                throw new IllegalArgumentException("spooled file leaves the spool: " + name);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("can not spool " + (file == null ? name + " in " + parent : file), e);
        }
        return file;
    }

    /** Removes the folder and everything spooled in it. */
    @Override
    public synchronized void close() {
        if (dir != null) {
            AtomicDirectory.deleteQuietly(dir);
        }
    }

    private static void removeAbandoned(Path parent) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                int dash = name.indexOf('-');
                if (dash > 0 && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && ended(name.substring(0, dash))) {
                    AtomicDirectory.deleteQuietly(folder);
                }
            }
        }
    }

    /* Whether the process of that id has ended; a live one (this one too) keeps its folder. */
    private static boolean ended(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false; // not a spool folder: left alone
        }
    }
}
