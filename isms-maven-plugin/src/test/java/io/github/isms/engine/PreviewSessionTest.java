package io.github.isms.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.check.CheckResult;
import io.github.isms.serve.BuildState;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path project;

    private final List<CheckResult> builds = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private PreviewSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private TestIsms isms() {
        return TestIsms.in(project)
                .document("a.md", TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe first text."))
                .document("b.md", TestDocument.of("POL-002").title("A policy").body("# A policy\n\nSee [[POL-001]].").noBlankLineAfterFence());
    }

    private PreviewSession start() throws IOException {
        Path serveDir = project.resolve("target/isms/serve");
        BuildRequest request = BuildRequest.defaults(project).withSite(new SiteOptions(serveDir, false).withSpareBeside());
        session = new IsmsEngine().serve(request, PreviewOptions.defaults().withPort(0), new PreviewEvents() {
            @Override
            public void built(CheckResult result, Duration took) {
                builds.add(result);
                events.add("built");
            }

            @Override
            public void pageUpdated(String page, Duration took) {
                events.add(page);
            }
        });
        return session;
    }

    @Test
    void theDefaultsListenOnTheLoopbackAddressOnly() {
        PreviewOptions defaults = PreviewOptions.defaults();
        assertThat(defaults.bind()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8000);
        assertThat(defaults.loopbackOnly()).isTrue();
        assertThat(new PreviewOptions("0.0.0.0", 0, null).loopbackOnly()).isFalse();
    }

    @Test
    void theSiteIsBuiltServedOnLoopbackAndBuiltAgainWhenADocumentChanges() throws Exception {
        isms();
        start();
        assertThat(session.address().getHost()).isEqualTo("127.0.0.1");
        assertThat(InetAddress.getByName(session.address().getHost()).isLoopbackAddress()).isTrue();
        assertThat(get("docs/POL-001/index.html")).contains("The first text.", "/.isms-serve/live.js");

        Files.writeString(project.resolve("src/isms/documents/a.md"),
                TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe second text.").text());
        await(s -> s.site() >= 2 && builds.size() == 2); // the edited page, then the full build
        assertThat(get("docs/POL-001/index.html")).contains("The second text.");
    }

    @Test
    void anEditOfOneBodyUpdatesItsPageAtOnceAndTheFullBuildFollows() throws Exception {
        isms();
        start();
        Path a = project.resolve("src/isms/documents/a.md");
        // Saved by rename, as many editors save: the temporary file is gone again when the watcher calls.
        Path temporary = a.resolveSibling("a.md.tmp");
        Files.writeString(temporary, TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe second text.").text());
        Files.move(temporary, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        await(s -> builds.size() == 2);
        assertThat(events).containsExactly("built", "docs/POL-001/index.html", "built");
        assertThat(get("docs/POL-001/index.html")).contains("The second text.");
    }

    @Test
    void anEditThatChangesMoreThanOneBodyWaitsForTheFullBuild() throws Exception {
        isms();
        start();
        Files.writeString(project.resolve("src/isms/documents/a.md"),
                TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe second text.").text());
        Files.writeString(project.resolve(TestIsms.ISMS_YAML), TestIsms.VALID_CONFIG.replace("Example Corp", "Example Group"));

        await(s -> builds.size() == 2);
        assertThat(events).containsExactly("built", "built");
        assertThat(get("docs/POL-001/index.html")).contains("The second text.", "Example Group");
    }

    @Test
    void aBrokenReferenceShowsItsPlaceAndTheLastGoodSiteStaysUntilItIsFixed() throws Exception {
        isms();
        start();
        Path b = project.resolve("src/isms/documents/b.md");
        String good = Files.readString(b);
        Files.writeString(b, good.replace("[[POL-001]]", "[[POL-404]]"));
        BuildState failed = await(s -> !s.errors().isEmpty());
        assertThat(failed.site()).isEqualTo(1);
        assertThat(failed.errors()).anySatisfy(line -> assertThat(line).startsWith("src/isms/documents/b.md:9:").contains("REF_NOT_FOUND"));
        assertThat(get("docs/POL-002/index.html")).contains("POL-001");

        Files.writeString(b, good);
        BuildState fixed = await(s -> s.errors().isEmpty() && s.site() == 2);
        assertThat(fixed.build()).isEqualTo(3);
    }

    @Test
    void thePublishedSiteNeverContainsTheLiveReloadScript() throws Exception {
        isms();
        start();
        get("index.html");
        try (Stream<Path> files = Files.walk(project.resolve("target/isms/serve"))) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")).map(f -> read(f)))
                    .isNotEmpty().noneMatch(html -> html.contains(".isms-serve"));
        }
    }

    @Test
    void closingStopsTheServerAndTheWatcher() throws Exception {
        isms();
        start();
        URI address = session.address();
        session.close();
        session.awaitClosed();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        int before = builds.size();
        Files.writeString(project.resolve("src/isms/documents/a.md"), TestDocument.of("POL-001").text());
        Thread.sleep(500);
        assertThat(builds).hasSize(before);
    }

    @Test
    void aPortInUseIsAnErrorBeforeAnythingIsBuilt() throws Exception {
        isms();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BuildRequest request = BuildRequest.defaults(project).withSite(new SiteOptions(project.resolve("target/isms/serve"), false));
            assertThatThrownBy(() -> new IsmsEngine().serve(request, PreviewOptions.defaults().withPort(taken.getLocalPort()), (result, took) -> builds.add(result)))
                    .isInstanceOf(BindException.class);
        }
        assertThat(builds).isEmpty();
    }

    private BuildState await(Predicate<BuildState> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.test(session.state())) {
            assertThat(System.nanoTime()).as("state after %s: %s", PATIENCE, session.state()).isLessThan(deadline);
            Thread.sleep(50);
        }
        return session.state();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(session.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
