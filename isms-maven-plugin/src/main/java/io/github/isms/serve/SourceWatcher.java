package io.github.isms.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (and every folder below them, those created later included) and calls back once
 * the changes have settled: one call for an editor's burst of writes, and for a save by rename (a
 * temporary file written, then moved over the document) as for a plain write. Any creation,
 * change or deletion counts, so the callback decides what to read again; it is told which paths were
 * created, changed or deleted, or an empty set when the watch service lost events (it overflowed). The JDK's watch service
 * uses inotify on Linux; where it only polls (macOS), changes arrive after its polling interval.
 */
public final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;
    private final Set<Path> changed = new LinkedHashSet<>();
    private boolean lost;

    private SourceWatcher(WatchService service, Duration quiet, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.quiet = quiet;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "isms-serve-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code roots} (those that exist; a root inside another is watched once).
     *
     * @param quiet    how long no further change must come before {@code onChange} runs
     * @param onChange runs on the watcher's own thread, never twice at a time, with the paths changed since the last call
     *                 (empty: unknown, read everything again); changes during it lead to one more call
     */
    public static SourceWatcher start(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        WatchService service = roots.get(0).getFileSystem().newWatchService();
        SourceWatcher watcher = new SourceWatcher(service, quiet, onChange);
        try {
            for (Path root : roots) {
                watcher.registerTree(root);
            }
        } catch (IOException e) {
            service.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                handle(first);
                // Wait until the folders have been quiet for a moment: an editor writes, renames and touches in a burst.
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                Set<Path> paths = lost ? Set.of() : Set.copyOf(changed);
                changed.clear();
                lost = false;
                onChange.accept(paths);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    /* New folders are watched too (a document moved into a new folder, a theme folder created). */
    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
            } else if (event.context() instanceof Path name) {
                changed.add(dir.resolve(name));
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    // gone again already; its parent's next event says so
                }
            }
        }
        key.reset();
    }

    /**
     * Stops watching. A callback that is running (a build) may finish first, for up to five seconds: closing the
     * watch service already wakes a waiting watcher, and an interrupt would break the build's file writes half-way
     * (an interrupted thread's file channels close), leaving its unfinished output folder behind.
     */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
