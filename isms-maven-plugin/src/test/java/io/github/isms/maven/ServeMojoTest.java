package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isms:serve runs until it is stopped, says where it serves, and leaves isms:site's folder alone. */
class ServeMojoTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private ServeMojo mojo(String bind, int port) {
        TestIsms.in(dir).document("policy.md", TestDocument.of("POL-001"));
        ServeMojo mojo = CheckMojoTest.inProject(new ServeMojo(), dir);
        mojo.serveDirectory = dir.resolve("target/isms/serve").toFile();
        mojo.bind = bind;
        mojo.port = port;
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void itServesOnLoopbackUntilStoppedAndLogsEachBuild() throws Exception {
        ServeMojo mojo = mojo("127.0.0.1", 0);
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        goal.start();
        URI address = awaitAddress();
        assertThat(address.getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address.resolve("docs/POL-001/index.html"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(log.text()).contains("isms:serve: site built in ").contains("1 document(s), 0 error(s)")
                .doesNotContain("other machines");
        assertThat(dir.resolve("target/isms/serve/index.html")).isRegularFile();
        assertThat(dir.resolve("target/isms/site")).doesNotExist();

        goal.interrupt(); // as the JVM's end after Ctrl-C does to the waiting goal
        goal.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(goal.isAlive()).isFalse();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void aPortInUseFailsTheGoalNamingTheProperty() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> mojo("127.0.0.1", taken.getLocalPort()).execute()).isInstanceOf(MojoExecutionException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort()).hasMessageContaining("-Disms.port=");
        }
    }

    @Test
    void skipDoesNothing() throws Exception {
        ServeMojo mojo = mojo("127.0.0.1", 0);
        mojo.skip = true;
        mojo.execute();
        assertThat(log.text()).contains("isms:serve skipped");
        assertThat(dir.resolve("target/isms/serve")).doesNotExist();
    }

    private URI awaitAddress() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Optional<String> line = log.lines().stream().filter(l -> l.startsWith("[INFO] ISMS preview: ")).findFirst();
            if (line.isPresent()) {
                return URI.create(line.get().substring("[INFO] ISMS preview: ".length()).split(" ")[0]);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no address logged: " + log.text());
    }
}
