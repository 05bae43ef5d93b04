package io.github.isms.site;

import io.github.isms.digest.Sha256;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.check.CheckResult;
import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.CatalogTargets;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import io.github.isms.testing.TestIsms;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path project;

    private Path site() {
        return project.resolve("target/isms/site");
    }

    private TestIsms isms;

    private CheckResult build() {
        isms = SiteFixture.write(project);
        return SiteFixture.buildSite(project, site());
    }

    private String read(String path) throws IOException {
        return Files.readString(site().resolve(path));
    }

    @Test
    void everyPublishedDocumentGetsAPageAtItsStableAddress() {
        CheckResult result = build();

        assertThat(result.errors()).isEmpty();
        assertThat(site().resolve("index.html")).isRegularFile();
        assertThat(site().resolve("register.html")).isRegularFile();
        assertThat(site().resolve("search.html")).isRegularFile();
        for (String id : List.of("POL-001", "POL-002", "PRO-001", "GDL-001")) {
            assertThat(site().resolve("docs/" + id + "/index.html")).isRegularFile();
        }
    }

    @Test
    void noPageLinksAFileTheSiteLacks() throws IOException {
        assertThat(build().errors()).isEmpty();

        // GDL-001 carries raw-HTML attack payloads; what survives of them (an image "x") is raw HTML,
        // which the build does not check (README, Raw HTML). Every link the build writes must work.
        assertThat(io.github.isms.testing.BrokenLinks.in(site())).allMatch(link -> link.startsWith("docs/GDL-001/index.html -> x"));
    }

    @Test
    void documentsAboveThePublicationClassificationAreLeftOutAndCounted() throws IOException {
        build();

        assertThat(site().resolve("docs/SEC-001")).doesNotExist();
        assertThat(read("register.html")).contains("Not listed: 1.", "classified above internal").doesNotContain("SEC-001");
        for (Path file : files(site())) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(SiteFixture.SECRET_WORD).doesNotContain("Merger Plan").doesNotContain("SEC-001/");
        }
        assertThat(read("docs/POL-002/index.html")).as("a link to a withheld document becomes its text").contains("follow the plan.");
    }

    @Test
    void theDocumentPageShowsTheDocumentControlBlockAndWhatReferencesIt() throws IOException {
        build();

        String page = read("docs/POL-001/index.html");
        assertThat(page).contains("Document control", "POL-001", "Information Security Policy", "1.2", "public",
                "CISO", "CEO", "2026-01-15", "2027-01-15");
        String referencedBy = page.substring(page.indexOf("Referenced by"));
        assertThat(referencedBy).contains("../../docs/PRO-001/index.html", "../../docs/POL-002/index.html")
                .as("an unpublished document is not named as a referrer").doesNotContain("SEC-001");
    }

    @Test
    void templatesEscapeWhatDocumentsSay() throws IOException {
        build();

        assertThat(read("register.html")).contains("Tips &lt;script&gt;window.pwned=2&lt;/script&gt; &amp; tricks")
                .doesNotContain("<script>window.pwned");
        org.jsoup.nodes.Document page = Jsoup.parse(read("docs/GDL-001/index.html"));
        assertThat(page.select("main script, main [onerror]")).isEmpty();
        assertThat(page.select("main a[href^=javascript]")).isEmpty();
    }

    @Test
    void theRegisterCsvIsTheMasterListOfPublishedDocuments() throws IOException {
        build();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(site().resolve("register.csv"))).getRecords();
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("POL-001", "POL-002", "PRO-001", "GDL-001");
        CSVRecord policy = rows.get(0);
        assertThat(policy.toMap()).containsEntry("title", "Information Security Policy").containsEntry("type", "policy")
                .containsEntry("version", "1.2").containsEntry("status", "active").containsEntry("owner", "CISO")
                .containsEntry("approvers", "CEO").containsEntry("classification", "public")
                .containsEntry("effective", "2026-01-15").containsEntry("next_review", "2027-01-15")
                .containsEntry("path", "src/isms/documents/policies/security.md");
    }

    @Test
    void theManifestListsTheSha256OfEveryOtherFileSortedByPathButNotItsSignature() throws IOException {
        build();

        String manifest = read("manifest.json");
        Map<String, String> expected = new TreeMap<>();
        for (Path file : files(site())) {
            String path = site().relativize(file).toString().replace('\\', '/');
            if (!path.equals("manifest.json") && !path.equals("manifest.json.p7s")) {
                expected.put(path, Sha256.hex(Files.readAllBytes(file)));
            }
        }
        StringBuilder lines = new StringBuilder();
        expected.forEach((path, hash) -> lines.append("\"").append(path).append("\": \"").append(hash).append("\""));
        assertThat(manifest.replaceAll("\\s*,?\\n\\s*", "")).contains(lines);
        assertThat(manifest).startsWith("{\n  \"files\": {").doesNotContain("manifest.json.p7s");
        assertThat(site().resolve("manifest.json.p7s")).isRegularFile();
    }

    @Test
    void theSearchIndexIsAScriptThatAssignsAGlobalWithPublishedTextOnly() throws IOException {
        build();

        String index = read("search-index.js");
        assertThat(index).startsWith("window.ISMS_SEARCH_INDEX = [").endsWith("];\n")
                .contains(SiteFixture.SEARCH_WORD, "docs/PRO-001/index.html").doesNotContain(SiteFixture.SECRET_WORD);
    }

    @Test
    void twoBuildsOfTheSameSourcesGiveIdenticalBytes() throws IOException {
        build();
        Map<String, String> first = digests(site());
        SiteFixture.buildSite(project, site());

        // All but the manifest's signature: each build signs anew (without a keystore, with a key of its own).
        Map<String, String> second = digests(site());
        assertThat(second.remove("manifest.json.p7s")).isNotEqualTo(first.remove("manifest.json.p7s"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aBuildWithErrorsLeavesTheLastGoodSiteUntouched() throws IOException {
        CheckResult result = rebuildKeepsLastGoodSiteAfterWriting("src/isms/documents/policies/access.md",
                "---\nid: POL-002\ntitle: [broken\n---\n");

        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void aThemeTemplateThatFailsIsReportedAtItsLineAndLeavesTheLastGoodSiteUntouched() throws IOException {
        CheckResult result = rebuildKeepsLastGoodSiteAfterWriting("src/isms/theme/register.peb",
                "{% extends \"layout\" %}\n{% block content %}\n{{ page.nosuch }}\n{% endblock %}\n");

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.THEME_INVALID);
            assertThat(d.position().path()).isEqualTo("src/isms/theme/register.peb");
            assertThat(d.position().line()).isEqualTo(3);
        });
    }

    @Test
    void aThemeFileWithTheSameNameReplacesTheBuiltInOne() throws IOException {
        SiteFixture.write(project)
                .file("src/isms/theme/search.peb", "{% extends \"layout\" %}{% block content %}<h1>Our own search</h1>{% endblock %}")
                .file("src/isms/theme/style.css", "body { color: teal; }\n");

        SiteFixture.buildSite(project, site());

        assertThat(read("search.html")).contains("<h1>Our own search</h1>").contains("Example Corp");
        assertThat(read("theme/style.css")).isEqualTo("body { color: teal; }\n");
        assertThat(read("register.html")).contains("Document register");
    }

    /** Builds a good site, writes {@code text} to {@code path}, builds again: the good site must be unchanged. */
    private CheckResult rebuildKeepsLastGoodSiteAfterWriting(String path, String text) throws IOException {
        build();
        Map<String, String> good = digests(site());
        isms.file(path, text);

        CheckResult result = SiteFixture.buildSite(project, site());

        assertThat(digests(site())).isEqualTo(good);
        assertThat(leftovers()).isEmpty();
        return result;
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(site().getParent())) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path file : files(dir)) {
            digests.put(dir.relativize(file).toString(), Sha256.hex(Files.readAllBytes(file)));
        }
        return digests;
    }

    /** A page of a source that streams its pages: its body is a megabyte, so that one kept too long shows. */
    record BulkyPage(int number, String body) implements SitePage {
        @Override
        public String path() {
            return "bulky/" + number + ".html";
        }

        @Override
        public String template() {
            return "bulky";
        }

        @Override
        public String title() {
            return "Bulky page " + number;
        }
    }

    @Test
    void streamedPagesAreWrittenAndLetGoABatchAtATimeSoThatMemoryDoesNotGrowWithTheirNumber() throws IOException {
        SiteFixture.write(project).file("src/isms/theme/bulky.peb",
                "{% extends \"layout\" %}{% block content %}<p>{{ page.body | length }}</p>{% endblock %}");
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = new ProjectLoader(SourceLayout.defaults(project)).load(diagnostics);
        int batches = 40;
        List<WeakReference<String>> made = new ArrayList<>();
        List<Integer> aliveWhenMakingNext = new ArrayList<>();
        PageSource bulky = new PageSource() {
            @Override
            public List<SitePage> pages(SiteModel model) {
                return List.of();
            }

            @Override
            public void streamPages(SiteModel model, Consumer<PageBatch> each) {
                for (int i = 0; i < batches; i++) {
                    System.gc();
                    aliveWhenMakingNext.add((int) made.stream().filter(body -> body.get() != null).count());
                    String body = (i + "-").repeat(250_000);
                    made.add(new WeakReference<>(body));
                    each.accept(new PageBatch(List.of(new BulkyPage(i, body)), List.of(body)));
                }
            }
        };
        SiteInputs inputs = SiteInputs.of(loaded, new DocumentRenderer().renderAll(loaded,
                new CatalogTargets(CatalogModel.load(loaded, diagnostics).catalogs()), diagnostics)).withPageSource(bulky);

        new SiteBuilder(inputs).build(site(), diagnostics);

        assertThat(diagnostics.hasErrors()).as("%s", diagnostics.all()).isFalse();
        // Forty megabytes of bodies went through; no more than one batch of them was held at any time.
        assertThat(aliveWhenMakingNext).hasSize(batches).allMatch(alive -> alive <= 1);
        for (int i = 0; i < batches; i++) {
            assertThat(read("bulky/" + i + ".html")).contains("<p>" + (i + "-").length() * 250_000 + "</p>");
        }
        assertThat(read("manifest.json")).contains("\"bulky/39.html\"");
    }
}
