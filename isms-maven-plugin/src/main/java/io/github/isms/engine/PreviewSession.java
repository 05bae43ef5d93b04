package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Diagnostic;
import io.github.isms.serve.BuildState;
import io.github.isms.serve.PreviewServer;
import io.github.isms.serve.SourceWatcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * A running {@code isms:serve}: the site built into its own folder, served on the loopback
 * address, and built again whenever a source changes. A build with errors leaves the last good
 * site in place and shows its diagnostics in every open page; the next good build clears them.
 */
public final class PreviewSession implements AutoCloseable {

    private final IsmsEngine engine;
    private final BuildRequest request;
    private final BiConsumer<CheckResult, Duration> onBuild;
    private final CountDownLatch closed = new CountDownLatch(1);
    private SourceWatcher watcher;
    private PreviewServer server;
    private volatile BuildState state = BuildState.initial();

    private PreviewSession(IsmsEngine engine, BuildRequest request, BiConsumer<CheckResult, Duration> onBuild) {
        this.engine = engine;
        this.request = request;
        this.onBuild = onBuild;
    }

    /**
     * Builds the site once, then serves it and watches the sources.
     *
     * @param onBuild told of every build's result and how long it took (the goal logs them), on the thread that built
     * @throws IOException when the address can not be bound or the sources can not be watched
     */
    static PreviewSession start(IsmsEngine engine, BuildRequest request, PreviewOptions options, BiConsumer<CheckResult, Duration> onBuild)
            throws IOException {
        PreviewSession session = new PreviewSession(engine, request, onBuild);
        try {
            // Watching starts first, so that a save during the first build is not missed.
            session.watcher = SourceWatcher.start(watched(request), options.quiet(), session::rebuild);
            session.server = PreviewServer.start(request.site().siteDir(), options.address());
            session.rebuild();
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

    /* One build; the watcher never runs two at a time. */
    private synchronized void rebuild() {
        CheckResult result;
        long start = System.nanoTime();
        try {
            result = engine.site(request);
        } catch (RuntimeException e) {
            // A bug, not the author's: keep serving the last good site and say what happened.
            publish(state.failed(List.of("isms:serve: the build failed unexpectedly (a bug; please report it): " + e)));
            return;
        }
        List<String> errors = result.errors().stream().map(Diagnostic::format).toList();
        publish(errors.isEmpty() ? state.succeeded() : state.failed(errors));
        onBuild.accept(result, Duration.ofNanos(System.nanoTime() - start));
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
