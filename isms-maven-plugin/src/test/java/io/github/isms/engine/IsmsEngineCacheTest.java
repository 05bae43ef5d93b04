package io.github.isms.engine;

import static io.github.isms.testing.TwoPolicies.alpha;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import io.github.isms.testing.TwoPolicies;
import io.github.isms.verify.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render cache seen from the site: a rebuild after an edit shows every change where it belongs,
 * and the site's bytes never depend on the cache. The manifest's detached signature is left out of
 * the comparisons: it carries its signing time and a development key made for each build.
 */
class IsmsEngineCacheTest {

    @TempDir
    Path project;

    private TestIsms isms;
    private Path site;

    @BeforeEach
    void twoDocuments() {
        isms = TwoPolicies.in(project)
                .document("c.md", TestDocument.of("POL-003").title("A policy").body("# A policy\n\nNothing else."));
        site = project.resolve("target/isms/site");
    }

    private void build() {
        build(false);
    }

    private void build(boolean pdf) {
        BuildRequest request = BuildRequest.defaults(project).withSite(new SiteOptions(site, pdf).withSpareBeside().withDocx(true))
                .withHistory(new HistoryOptions(false, false, Optional.of(Instant.parse("2026-06-01T00:00:00Z"))));
        assertThat(new IsmsEngine().site(request).errors()).isEmpty();
    }

    @Test
    void theCacheLiesUnderTheOutputFolder() {
        build();
        assertThat(project.resolve("target/isms/cache/render")).isDirectoryContaining(p -> true);
    }

    @Test
    void deletingTheCacheGivesAByteIdenticalSite() throws IOException {
        build();
        isms.document("a.md", alpha().body("# Alpha\n\nThe second text."));
        build(); // POL-001 rendered again, the others from the cache
        Map<String, byte[]> warm = files(site);
        assertThat(new String(warm.get("docs/POL-001/index.html"), StandardCharsets.UTF_8)).contains("The second text.");

        deleteTree(project.resolve("target/isms/cache"));
        build();
        assertSameBytes(files(site), warm);
        build(); // everything from the cache
        assertSameBytes(files(site), warm);
    }

    @Test
    void aBodyEditMakesOnlyThatDocumentsWordFileAgain() throws IOException {
        build();
        List<String> before = names(project.resolve("target/isms/cache/docx"));
        assertThat(before).hasSize(3);
        isms.document("a.md", alpha().body("# Alpha\n\nThe second text."));
        build();
        List<String> after = names(project.resolve("target/isms/cache/docx"));
        assertThat(after).hasSize(3);
        assertThat(after.stream().filter(before::contains)).hasSize(2);
    }

    @Test
    void aBodyEditLaysOutOnlyThatDocumentsPdfAgainAndTheLayoutsAreThoseOfABuildWithoutCache() throws IOException {
        build(true);
        List<String> before = names(project.resolve("target/isms/cache/pdf"));
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        isms.document("a.md", alpha().body("# Alpha\n\nThe second text."));
        build(true);
        List<String> after = names(project.resolve("target/isms/cache/pdf"));
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.stream().filter(before::contains)).hasSize(before.size() - 1);
        Map<String, byte[]> warm = files(site);

        deleteTree(project.resolve("target/isms/cache"));
        build(true);
        Map<String, byte[]> cold = files(site);
        // Each PDF is signed anew in every build (the signature holds its time): what was signed is the same.
        assertThat(warm.keySet().stream().filter(name -> name.endsWith(".pdf"))).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(name -> assertThat(unsigned(warm.get(name))).as(name).isEqualTo(unsigned(cold.get(name))));
    }

    /* A signed PDF is its unsigned layout, up to its first end-of-file marker, followed by the signature's update. */
    private static byte[] unsigned(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("%%EOF");
        assertThat(end).isPositive().isLessThan(text.lastIndexOf("%%EOF"));
        return java.util.Arrays.copyOf(pdf, end);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCacheOfAnotherPluginVersionGivesAByteIdenticalSite() throws IOException {
        build();
        Map<String, byte[]> fresh = files(site);
        Path version = project.resolve("target/isms/cache/version");
        Files.writeString(version, Files.readString(version).replace("\n", "-older\n"));
        build();
        assertSameBytes(files(site), fresh);
        assertThat(Files.readString(version)).doesNotContain("-older");
    }

    @Test
    void aTitleChangeUpdatesTheReferrersPageTheRegisterAndTheSearchIndex() throws IOException {
        build();
        isms.document("a.md", alpha().title("Alpha Rules"));
        build();
        assertThat(site.resolve("docs/POL-002/index.html")).content().contains("Alpha Rules").doesNotContain("Alpha Policy");
        assertThat(site.resolve("register.html")).content().contains("Alpha Rules").doesNotContain("Alpha Policy");
        assertThat(site.resolve("index.html")).content().doesNotContain("Alpha Policy");
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("search-index")).map(IsmsEngineCacheTest::read))
                    .isNotEmpty().allMatch(text -> text.contains("Alpha Rules") && !text.contains("Alpha Policy"));
        }
    }

    @Test
    void aThemeChangeRendersEveryPageAgain() throws IOException {
        build();
        String layout;
        try (InputStream in = getClass().getResourceAsStream("/io/github/isms/site/theme/layout.peb")) {
            layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        isms.file("src/isms/theme/layout.peb", layout.replace("<meta name=\"generator\" content=\"isms-maven-plugin\">",
                "<meta name=\"generator\" content=\"isms-maven-plugin\"><meta name=\"x-theme\" content=\"edited\">"));
        build();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(IsmsEngineCacheTest::read).toList();
        }
        assertThat(pages).hasSizeGreaterThan(5).allMatch(html -> html.contains("<meta name=\"x-theme\" content=\"edited\">"));
    }

    private static void assertSameBytes(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    /* Every file of the site by relative path, but the manifest's signature. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.equals(Manifest.SIGNATURE_FILE_NAME)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
