package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Diagnostic;
import io.github.isms.serve.BuildState;
import io.github.isms.serve.PreviewServer;
import io.github.isms.serve.SourceWatcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import java.util.Optional;

/**
 * A running {@code isms:serve}: the site built into its own folder, served on the loopback
 * address, and built again whenever a source changes. A build with errors leaves the last good
 * site in place and shows its diagnostics in every open page; the next good build clears them.
 * When a save changed one document's body only, its page is updated first, at once, from what the
 * last build kept (see {@link EditedPage}); the full build follows.
 */
public final class PreviewSession implements AutoCloseable {

    private final IsmsEngine engine;
    private final BuildRequest request;
    private final PreviewEvents events;
    private final CountDownLatch closed = new CountDownLatch(1);
    private SourceWatcher watcher;
    private PreviewServer server;
    private volatile BuildState state = BuildState.initial();
    private LastBuild last;

    private PreviewSession(IsmsEngine engine, BuildRequest request, PreviewEvents events) {
        this.engine = engine;
        this.request = request;
        this.events = events;
    }

    /**
     * Builds the site once, then serves it and watches the sources.
     *
     * @param events told of every build's result and every page updated at once, and how long each took (the goal logs them)
     * @throws IOException when the address can not be bound or the sources can not be watched
     */
    static PreviewSession start(IsmsEngine engine, BuildRequest request, PreviewOptions options, PreviewEvents events)
            throws IOException {
        PreviewSession session = new PreviewSession(engine, request, events);
        try {
            // Watching starts first, so that a save during the first build is not missed.
            session.watcher = SourceWatcher.start(watched(request), options.quiet(), session::rebuild);
            session.server = PreviewServer.start(request.site().siteDir(), options.address());
            session.rebuild(Set.of());
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /* The ISMS folder (isms.yaml, soa.yaml, risks.yaml, assets, theme, documents) and the documents folder where it lies elsewhere. */
    private static List<Path> watched(BuildRequest request) {
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(request.layout().ismsDir());
        if (!request.layout().documentsDir().startsWith(request.layout().ismsDir())) {
            roots.add(request.layout().documentsDir());
        }
        return new ArrayList<>(roots);
    }

    /* One build after a change of {@code changed} (empty: unknown); the watcher never runs two at a time. */
    private synchronized void rebuild(Set<Path> changed) {
        editedDocument(changed).ifPresent(file -> {
            long start = System.nanoTime();
            engine.updatePage(last, file).ifPresent(page -> {
                publish(state.succeeded());
                events.pageUpdated(page, Duration.ofNanos(System.nanoTime() - start));
            });
        });
        CheckResult result;
        long start = System.nanoTime();
        try {
            IsmsEngine.Built built = engine.build(request);
            result = built.result();
            last = built.last().orElse(null);
        } catch (RuntimeException e) {
            // A bug, not the author's: keep serving the last good site and say what happened.
            last = null;
            publish(state.failed(List.of("isms:serve: the build failed unexpectedly (a bug; please report it): " + e)));
            return;
        }
        List<String> errors = result.errors().stream().map(Diagnostic::format).toList();
        publish(errors.isEmpty() ? state.succeeded() : state.failed(errors));
        events.built(result, Duration.ofNanos(System.nanoTime() - start));
    }

    /*
     * The one file a save changed, when the last build succeeded: an editor's leftovers (a backup or temporary file
     * already gone again, a hidden swap file) do not count, anything else changed besides it does.
     */
    private Optional<Path> editedDocument(Set<Path> changed) {
        if (last == null || changed.isEmpty()) {
            return Optional.empty();
        }
        List<Path> relevant = changed.stream()
                .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? !hidden(p) : p.toString().endsWith(".md"))
                .toList();
        return relevant.size() == 1 && Files.isRegularFile(relevant.get(0), LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(relevant.get(0)) : Optional.empty();
    }

    private static boolean hidden(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    private void publish(BuildState next) {
        state = next;
        if (server != null) {
            server.publish(next);
        }
    }

    /** The site's address, ending in {@code /}. */
    public URI address() {
        return server.baseUri();
    }

    /** The state the open pages last heard of. */
    public BuildState state() {
        return state;
    }

    /** Blocks until {@link #close()} ran (Ctrl-C runs it from a shutdown hook). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; the built site stays in its folder. */
    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // the watch service is gone either way
        } finally {
            if (server != null) {
                server.close();
            }
            closed.countDown();
        }
    }
}
