package io.github.isms.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves the built site for the preview: the files of one folder (see {@link SitePath}), HTML with
 * the live-reload tags added, and the build state the script waits on ({@code /.isms-serve/state},
 * answered when the build number differs from the one the page saw, or after a while anyway).
 * GET and HEAD only; nothing is cached by the browser, so a reload shows the rebuilt page.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"), Map.entry("sig", "application/octet-stream"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    /** How long a page's request for the state waits for the next build before it is answered with no news. */
    static final Duration LONG_POLL = Duration.ofSeconds(25);

    /** How long a request waits for the site folder while a rebuild swaps it (two renames, normally microseconds). */
    private static final long SWAP_WAIT_MILLIS = 2000;

    private static final byte[] NO_SITE_YET = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>No site yet</title></head><body><h1>No site yet</h1>"
            + "<p>The site has not been built without errors yet; this page reloads when it has.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Object lock = new Object();
    private BuildState state = BuildState.initial();

    private PreviewServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving {@code root} at {@code address} (port 0: any free one).
     *
     * @throws IOException when the address can not be bound (the port is taken, the host is not this machine's)
     */
    public static PreviewServer start(Path root, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "isms-serve-http");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), server, threads);
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The site's address, ending in {@code /}. */
    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Tells the open pages about a finished build. */
    public void publish(BuildState next) {
        synchronized (lock) {
            state = next;
            lock.notifyAll();
        }
    }

    /** The state last published. */
    public BuildState state() {
        synchronized (lock) {
            return state;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || !SitePath.isPlain(path)) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad path\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(LiveReload.STATE)) {
                send(exchange, 200, "application/json", awaitState(exchange.getRequestURI().getRawQuery()).json()
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), resource("live.js"));
            } else if (path.equals(LiveReload.STYLE)) {
                send(exchange, 200, TYPES.get("css"), resource("live.css"));
            } else {
                serveFile(exchange, path);
            }
        } catch (IOException e) {
            // The browser went away mid-answer (a reload while a state request waited): nothing to do.
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Optional<Path> file = SitePath.resolve(root, path);
        long deadline = System.currentTimeMillis() + SWAP_WAIT_MILLIS;
        while (file.isEmpty() && !Files.isDirectory(root) && System.currentTimeMillis() < deadline) {
            sleep(20);
            file = SitePath.resolve(root, path);
        }
        if (file.isEmpty() && !Files.isDirectory(root)) {
            // No good build yet: a page that shows the first build's errors and reloads once one succeeds.
            send(exchange, 503, TYPES.get("html"), LiveReload.inject(NO_SITE_YET, LiveReload.version(NO_SITE_YET)));
            return;
        }
        if (file.isEmpty()) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.get().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file.get());
        String version = LiveReload.version(body);
        exchange.getResponseHeaders().set("ETag", "\"" + version + "\"");
        if (extension.equals("html")) {
            body = LiveReload.inject(body, version);
        }
        send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
    }

    /* The state once its build number differs from the page's {@code seen=} (or the wait ran out). */
    private BuildState awaitState(String query) {
        long seen = -1;
        if (query != null && query.startsWith("seen=")) {
            try {
                seen = Long.parseLong(query.substring("seen=".length()));
            } catch (NumberFormatException e) {
                seen = -1;
            }
        }
        long deadline = System.currentTimeMillis() + LONG_POLL.toMillis();
        synchronized (lock) {
            while (state.build() == seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return state;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin lacks its resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops at once: waiting state requests are cut off, and their pages retry until a server answers again. */
    @Override
    public void close() {
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
