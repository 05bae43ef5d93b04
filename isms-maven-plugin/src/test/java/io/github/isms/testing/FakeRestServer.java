package io.github.isms.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A REST API on loopback that answers as a test scripts it, as GitHub and GitLab answer: per request
 * (path with query, as sent) a queue of answers whose last one repeats; anything unscripted is a JSON 404,
 * as both platforms answer. It keeps every request for a test to read (path and headers).
 */
public final class FakeRestServer implements AutoCloseable {

    /** One answer: status, headers, body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json; charset=utf-8"), body);
        }

        public static Answer status(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"), body);
        }

        public static Answer html(int status) {
            return new Answer(status, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>");
        }

        /** The same answer with one more header. */
        public Answer with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Answer(status, more, body);
        }
    }

    /** A request as received. */
    public record Received(String method, String path, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final String prefix;
    private final Map<String, Deque<Answer>> script = new HashMap<>();
    private final List<Received> received = new ArrayList<>();

    /** @param prefix the API root's path, e.g. {@code ""} for GitHub.com, {@code /api/v4} for GitLab */
    public FakeRestServer(String prefix) {
        this.prefix = prefix;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    /** The API root, e.g. {@code http://127.0.0.1:41234/api/v4}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Scripts the answers to {@code path} (under the API root, with its query), in order; the last repeats. */
    public FakeRestServer on(String path, Answer... answers) {
        synchronized (script) {
            script.put(prefix + path, new ArrayDeque<>(List.of(answers)));
        }
        return this;
    }

    public FakeRestServer onJson(String path, String json) {
        return on(path, Answer.json(json));
    }

    /** Every request so far, oldest first. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The paths (under the API root) requested so far. */
    public List<String> paths() {
        return received().stream().map(r -> r.path().substring(prefix.length())).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                String.join(",", values)));
        synchronized (received) {
            received.add(new Received(exchange.getRequestMethod(), path, headers));
        }
        Answer answer;
        synchronized (script) {
            Deque<Answer> answers = script.get(path);
            answer = answers == null ? Answer.status(404, "{\"message\": \"Not Found\"}")
                    : answers.size() > 1 ? answers.poll() : answers.peek();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
