package io.github.isms.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Reads the document changes of all main-line commits. Each commit's diff and front matter depend only on
 * that commit and its first parent, so contiguous slices of the line go to separate threads, each with
 * its own object reader (and so its own delta cache); the results come back in main-line order.
 */
final class ParallelChanges {

    private static final int MIN_COMMITS_PER_THREAD = 64;

    private ParallelChanges() {
    }

    static List<List<DocumentChange>> read(Repository repository, List<RevCommit> commits, String prefix,
            FrontMatterReader frontMatterReader) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                commits.size() / MIN_COMMITS_PER_THREAD));
        if (threads == 1) {
            return slice(repository, commits, prefix, frontMatterReader);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "isms-history");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<List<DocumentChange>>>> parts = new ArrayList<>();
            int size = (commits.size() + threads - 1) / threads;
            for (int from = 0; from < commits.size(); from += size) {
                List<RevCommit> part = commits.subList(from, Math.min(commits.size(), from + size));
                parts.add(pool.submit(() -> slice(repository, part, prefix, frontMatterReader)));
            }
            List<List<DocumentChange>> all = new ArrayList<>(commits.size());
            for (Future<List<List<DocumentChange>>> part : parts) {
                all.addAll(part.get());
            }
            return all;
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
            pool.shutdownNow();
        }
    }

    private static List<List<DocumentChange>> slice(Repository repository, List<RevCommit> commits, String prefix,
            FrontMatterReader frontMatterReader) {
        List<List<DocumentChange>> changes = new ArrayList<>(commits.size());
        try (ChangeReader reader = new ChangeReader(repository.newObjectReader(), prefix, frontMatterReader)) {
            for (RevCommit commit : commits) {
                List<DocumentChange> found = reader.changes(commit);
                changes.add(found.isEmpty() ? Collections.emptyList() : found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }
}
