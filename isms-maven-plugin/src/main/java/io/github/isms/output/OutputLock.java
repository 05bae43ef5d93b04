package io.github.isms.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One build at a time in an output folder: an operating-system lock on the file {@value #FILE_NAME}
 * in it. The operating system releases the lock when the process ends in any way, a kill -9
 * included, so a lock file left behind means nothing: only a lock that a live process holds
 * makes another build wait.
 *
 * <p>The file itself is never deleted: a build that deleted it on release could let a third build
 * lock a new file of the same name while a second still waits on the old one, and both would run.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name in the output folder. */
    public static final String FILE_NAME = "build.lock";

    private static final long POLL_MILLIS = 100;

    /** The output folders that a build in this JVM has locked (or is trying to). */
    private static final Set<Path> HELD_HERE = new HashSet<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code outputDir} (creating it), waiting up to {@code wait} while another build holds it.
     *
     * @return the held lock, or empty when another build still held it after {@code wait}
     * @throws IOException when the folder or the lock file can not be created (an unwritable folder)
     */
    public static Optional<OutputLock> acquire(Path outputDir, Duration wait) throws IOException {
        Path folder = outputDir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<OutputLock> lock = tryAcquire(folder);
            if (lock.isPresent() || System.nanoTime() - deadline >= 0) {
                return lock;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /*
     * Only one thread of this JVM opens the lock file at a time: closing any channel to a file
     * releases every lock the process holds on it, so a waiting thread that opened and closed its
     * own channel would free the lock of the build running beside it for other processes.
     */
    private static Optional<OutputLock> tryAcquire(Path folder) throws IOException {
        synchronized (HELD_HERE) {
            if (!HELD_HERE.add(folder)) {
                return Optional.empty();
            }
        }
        FileChannel channel = null;
        boolean held = false;
        try {
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            held = lock != null;
            return held ? Optional.of(new OutputLock(folder, channel, lock)) : Optional.empty();
        } finally {
            if (!held) {
                try {
                    if (channel != null) {
                        channel.close();
                    }
                } finally {
                    release(folder);
                }
            }
        }
    }

    private static void release(Path folder) {
        synchronized (HELD_HERE) {
            HELD_HERE.remove(folder);
        }
    }

    /** The lock file of {@code outputDir}. */
    public static Path file(Path outputDir) {
        return outputDir.resolve(FILE_NAME);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            release(folder);
        }
    }
}
