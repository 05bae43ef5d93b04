package io.github.isms.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.NuHtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user guide is the project's Maven site: {@code mvn site} at the repository root builds it from
 * {@code src/site/markdown/}, and every page written there passes the Nu Html Checker. Only the root's
 * own pages are built here; the goal pages come from the plugin's descriptor, through Maven's tooling.
 */
class DocumentationSiteIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void mvnSiteBuildsEveryUserGuidePageAndEachPassesTheNuHtmlChecker() throws Exception {
        Path log = Files.createTempFile("isms-docs-site", ".log");
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-N", "site").directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(mvn.waitFor(10, TimeUnit.MINUTES)).as("mvn site finished").isTrue();
        assertThat(mvn.exitValue()).as("mvn site; its log:%n%s", Files.readString(log)).isZero();

        List<String> pages = markdownPages();
        assertThat(pages).contains("index", "getting-started", "configuration", "document-control", "ci",
                "diagnostics", "faq");
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            Path html = ROOT.resolve("target/site/" + page + ".html");
            assertThat(html).as("the page of %s.md", page).exists();
            errors.addAll(NuHtmlChecker.errors(html, page + ".html"));
        }
        assertThat(errors).isEmpty();
    }

    private static List<String> markdownPages() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("src/site/markdown"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }
}
