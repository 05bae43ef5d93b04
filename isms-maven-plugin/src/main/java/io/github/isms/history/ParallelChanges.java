package io.github.isms.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Reads the document changes of all main-line commits. Each commit's diff and front matter depend only on
 * that commit and its first parent, so contiguous slices of the line go to worker threads, each with its
 * own object reader (kept across slices, so its delta-base cache stays warm). The caller receives the
 * changes in main-line order, on its own thread, as soon as each slice is ready: applying them overlaps
 * with reading the later slices.
 */
final class ParallelChanges {

    private static final int MIN_COMMITS_PER_SLICE = 32;
    private static final int SLICES_PER_THREAD = 4;

    /** Receives the changes of one main-line commit, in main-line order. */
    @FunctionalInterface
    interface Consumer {
        void accept(RevCommit commit, List<DocumentChange> changes) throws IOException;
    }

    private ParallelChanges() {
    }

    /** Delivers every commit's changes, taking from {@code cache} those an earlier build read. */
    static void forEach(Repository repository, List<RevCommit> commits, String prefix, TrackedFiles tracked,
            FrontMatterCache frontMatters, ChangeCache cache, Consumer consumer) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                commits.size() / MIN_COMMITS_PER_SLICE));
        Queue<ChangeReader> readers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "isms-history");
            thread.setDaemon(true);
            return thread;
        });
        try {
            if (pool == null) {
                readers.add(new ChangeReader(repository.newObjectReader(), prefix, tracked, frontMatters));
                deliver(commits, slice(readers.peek(), commits, cache, frontMatters), consumer);
                return;
            }
            List<List<RevCommit>> slices = new ArrayList<>();
            List<Future<List<List<DocumentChange>>>> parts = new ArrayList<>();
            int size = Math.max(MIN_COMMITS_PER_SLICE, (commits.size() + threads * SLICES_PER_THREAD - 1)
                    / (threads * SLICES_PER_THREAD));
            for (int from = 0; from < commits.size(); from += size) {
                List<RevCommit> part = commits.subList(from, Math.min(commits.size(), from + size));
                slices.add(part);
                parts.add(pool.submit(() -> {
                    ChangeReader reader = readers.poll();
                    if (reader == null) {
                        reader = new ChangeReader(repository.newObjectReader(), prefix, tracked, frontMatters);
                    }
                    try {
                        return slice(reader, part, cache, frontMatters);
                    } finally {
                        readers.add(reader);
                    }
                }));
            }
            for (int i = 0; i < parts.size(); i++) {
                deliver(slices.get(i), parts.get(i).get(), consumer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryException("interrupted while reading history", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new HistoryException("could not read history: " + e.getCause(), e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
                awaitQuietly(pool);
            }
            readers.forEach(ChangeReader::close);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deliver(List<RevCommit> commits, List<List<DocumentChange>> changes, Consumer consumer)
            throws IOException {
        for (int i = 0; i < commits.size(); i++) {
            consumer.accept(commits.get(i), changes.get(i));
        }
    }

    /**
     * Newest first: a pack stores an older version of a tree or blob as a delta against a newer one, and
     * JGit keeps only the direct base of the object it last resolved. Going back in time, the next object's
     * base is that object, so each read applies one or two deltas; going forward, every other read
     * resolves its whole delta chain (up to 50 deep).
     */
    private static List<List<DocumentChange>> slice(ChangeReader reader, List<RevCommit> commits, ChangeCache cache,
            FrontMatterCache frontMatters) {
        List<DocumentChange>[] changes = newArray(commits.size());
        try {
            for (int i = commits.size() - 1; i >= 0; i--) {
                List<DocumentChange> found = cache.changes(commits.get(i), reader, frontMatters);
                changes[i] = found.isEmpty() ? Collections.emptyList() : found;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.asList(changes);
    }

    @SuppressWarnings("unchecked")
    private static List<DocumentChange>[] newArray(int size) {
        return (List<DocumentChange>[]) new List<?>[size];
    }
}
