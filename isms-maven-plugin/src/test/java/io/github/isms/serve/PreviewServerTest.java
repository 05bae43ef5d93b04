package io.github.isms.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests are written on a raw socket, so that no client library tidies a hostile path first. */
class PreviewServerTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body>hello</body></html>";

    @TempDir
    Path dir;

    private Path site;
    private PreviewServer server;

    @BeforeEach
    void serveASite() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.createDirectories(site.resolve("theme"));
        Files.writeString(site.resolve("theme/style.css"), "body{}");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        server = PreviewServer.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anHtmlPageIsServedWithTheLiveReloadTagsAndOtherFilesAsTheyAre() throws IOException {
        Response page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body()).contains("hello").contains("data-isms-page=\"" + LiveReload.version(Files.readAllBytes(site.resolve("index.html"))) + "\"", "</script></head>");
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(PAGE);
        assertThat(page.header("etag")).as("the file's version, which the page's script compares after a rebuild")
                .isEqualTo("\"" + LiveReload.version(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"");

        Response css = get("/theme/style.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).isEqualTo("body{}");
        assertThat(css.header("cache-control")).isEqualTo("no-store");
    }

    @Test
    void theScriptAndItsStyleComeFromTheServerItself() throws IOException {
        assertThat(get(LiveReload.SCRIPT).body()).contains("location.reload()", "/.isms-serve/state");
        assertThat(get(LiveReload.SCRIPT).header("content-type")).startsWith("text/javascript");
        assertThat(get(LiveReload.STYLE).body()).contains("#isms-serve-overlay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/theme/..%2f..%2fsecret.txt",
            "//etc/passwd", "/..%5csecret.txt", "/%2fetc%2fpasswd"})
    void aPathThatTriesToLeaveTheSiteIsRefused(String path) throws IOException {
        Response response = get(path);
        assertThat(response.status()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void anAbsolutePathOrAnAbsoluteUrlWithTraversalIsRefused() throws IOException {
        assertThat(request("GET " + dir.resolve("secret.txt").toAbsolutePath() + " HTTP/1.1").body()).doesNotContain("secret");
        Response absoluteForm = request("GET http://127.0.0.1/../secret.txt HTTP/1.1");
        assertThat(absoluteForm.status()).isIn(400, 404);
        assertThat(absoluteForm.body()).doesNotContain("secret");
    }

    @Test
    void aFolderIsNeverListed() throws IOException {
        Response response = get("/theme/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("style.css");
    }

    @Test
    void aSymbolicLinkOutOfTheSiteIsNotFollowed() throws IOException {
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Response response = get("/leak.txt");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        assertThat(request("POST /index.html HTTP/1.1").status()).isEqualTo(405);
        assertThat(request("HEAD /index.html HTTP/1.1").status()).isEqualTo(200);
    }

    @Test
    void theServerListensWhereItWasToldOnly() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:").endsWith("/");
    }

    @Test
    void aPageAskingForTheStateWaitsForTheNextBuildAndHearsOfItsErrors() throws Exception {
        assertThat(get(LiveReload.STATE + "?seen=-1").body()).isEqualTo("{\"build\":0,\"site\":0,\"errors\":[]}");
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return get(LiveReload.STATE + "?seen=0");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        server.publish(server.state().failed(List.of("src/isms/documents/a.md:3:7: REF_NOT_FOUND \"quoted\"")));
        assertThat(waiting.get(10, TimeUnit.SECONDS).body())
                .isEqualTo("{\"build\":1,\"site\":0,\"errors\":[\"src/isms/documents/a.md:3:7: REF_NOT_FOUND \\\"quoted\\\"\"]}");
    }

    @Test
    void withoutASiteYetEveryPageSaysSoAndWaitsForTheFirstGoodBuild() throws IOException {
        server.close();
        server = PreviewServer.start(dir.resolve("not-built"), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Response response = get("/index.html");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).contains("No site yet", LiveReload.SCRIPT);
    }

    private Response get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1");
    }

    private Response request(String requestLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return Response.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record Response(int status, String head, String body) {

        static Response parse(String raw) {
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            return new Response(Integer.parseInt(head.split(" ")[1]), head, body);
        }

        String header(String name) {
            return head.lines().filter(l -> l.toLowerCase().startsWith(name + ":")).map(l -> l.substring(name.length() + 1).trim())
                    .findFirst().orElse(null);
        }
    }
}
