package io.github.isms.render;

import static io.github.isms.render.IsmsFixture.BODY_FIRST_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.markdown.Heading;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.github.isms.xref.References;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

class DocumentRendererTest {

    private static final String PATH = IsmsFixture.MAIN;
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private IsmsFixture isms;

    @BeforeEach
    void anotherDocumentWithHeadings(@TempDir Path dir) {
        isms = new IsmsFixture(dir).document("policies/other.md", "POL-002", "# Other\n\n## Scope\n");
    }

    @Test
    void placeholdersAreExpandedBeforeTheMarkdownIsRendered() {
        IsmsFixture.Result result = isms.renderWithMain("# About {{ org.name }}\n\nOwned by **{{ doc.owner }}**.\n");
        assertThat(result.diagnostics()).isEmpty();
        RenderedDocument doc = result.documents().get("POL-001").orElseThrow();
        assertThat(doc.html()).contains("<h1 id=\"about-example-corp\">About Example Corp</h1>").contains("<strong>CISO</strong>");
        assertThat(doc.headings()).containsExactly(new Heading(1, "about-example-corp", "About Example Corp"));
        assertThat(doc.text()).isEqualTo("About Example Corp Owned by CISO.");
    }

    @Test
    void aBodyWhosePlaceholdersFailStillHasItsReferencesChecked() {
        IsmsFixture.Result result = isms.renderWithMain("Hello {{ nobody }}.\n\nSee [[POL-404]].\n");
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0)).startsWith(PATH + ":" + BODY_FIRST_LINE + ":10: PLACEHOLDER_UNKNOWN");
        assertThat(result.lines().get(1)).startsWith(PATH + ":" + (BODY_FIRST_LINE + 2) + ":5: REF_NOT_FOUND");
    }

    @Test
    void templateTagsKeepReferencePositionsOnTheirFileLines() {
        IsmsFixture.Result result = isms.renderWithMain("{% if doc.effective %}\nEffective {{ doc.effective }}.\n{% endif %}\nSee [[NOPE]].\n");
        assertThat(result.lines()).singleElement().asString().startsWith(PATH + ":" + (BODY_FIRST_LINE + 3) + ":5: REF_NOT_FOUND");
    }

    @Test
    void aReferenceAfterPlaceholdersOnItsLineIsReportedAtTheColumnAsWritten() {
        String line = "{{ org.name }} and {{ doc.title }} see [[NOPE]] and [x](gone.md).";
        IsmsFixture.Result result = isms.renderWithMain("# Title\n" + line + "\n");
        assertThat(result.lines()).containsExactly(
                PATH + ":" + (BODY_FIRST_LINE + 1) + ":" + (line.indexOf("[[NOPE]]") + 1) + ": REF_NOT_FOUND "
                        + "[[NOPE]]: no document, control of the active catalog or clause has the id 'NOPE'",
                PATH + ":" + (BODY_FIRST_LINE + 1) + ":" + (line.indexOf("gone.md") + 1) + ": REF_NOT_FOUND "
                        + "link 'gone.md': no document at src/isms/documents/policies/gone.md");
    }

    @Test
    void verbatimShowsTemplateSyntaxInACodeBlockLiterally() {
        IsmsFixture.Result result = isms.renderWithMain("{% verbatim %}\n```\nDear {{ customer }}, see [[POL-999]].\n```\n{% endverbatim %}\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.html("POL-001")).contains("<pre><code>Dear {{ customer }}, see [[POL-999]].\n</code></pre>");
    }

    @Test
    void aRelativeLinkOrImageInRawHtmlIsWarnedAboutWhereItIsWrittenSinceNothingChecksOrRewritesIt() {
        IsmsFixture.Result result = isms.renderWithMain("See <a href=\"../procedures/backup.md\">the procedure</a>.\n\n"
                + "<p><img src=\"diagram.png\" alt=\"\"> <a href=\"#scope\">scope</a> <a href=\"https://example.com/\">site</a></p>\n");
        assertThat(result.diagnostics()).extracting(d -> d.code())
                .containsExactly(Code.HTML_LINK_UNCHECKED, Code.HTML_LINK_UNCHECKED);
        assertThat(result.diagnostics()).extracting(d -> d.position().line() + " " + d.message())
                .containsExactly(
                        "8 '../procedures/backup.md' in raw HTML is neither checked nor rewritten to a page of the site; "
                                + "write it as a Markdown link or a [[reference]]",
                        "10 'diagram.png' in raw HTML is neither checked nor rewritten to a page of the site; "
                                + "write it as a Markdown link or a [[reference]]");
        assertThat(result.diagnostics()).noneMatch(d -> d.isError());
    }

    @Test
    void rawHtmlThatCouldRunScriptIsWarnedAboutAndRemoved() {
        IsmsFixture.Result result = isms.renderWithMain("Logo <img src=\"https://example.com/x.png\" onerror=\"alert(1)\">\n\n"
                + "<script>alert(2)</script>\n\n[x](javascript:alert(3))\n\n![remote](https://example.com/i.png)\n");
        assertThat(result.diagnostics()).extracting(d -> d.code())
                .containsExactly(Code.HTML_UNSAFE, Code.HTML_UNSAFE, Code.HTML_UNSAFE, Code.HTML_UNSAFE);
        assertThat(result.diagnostics()).noneMatch(d -> d.isError());
        assertThat(result.html("POL-001")).doesNotContain("onerror").doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void everyDocumentIsRenderedWithItsHeadings() {
        IsmsFixture.Result result = isms.renderWithMain("# Main\n\nSee [[POL-002#scope]].\n");
        assertThat(result.documents().byId()).containsOnlyKeys("POL-001", "POL-002");
        assertThat(result.documents().get("POL-002").orElseThrow().headings()).extracting(Heading::id).containsExactly("other", "scope");
        assertThat(result.documents().referencing("POL-002")).containsExactly("POL-001");
    }
    @Test
    void aThousandNestedBlockQuotesFailTheirDocumentAtTheLineAndTheOthersStillRender() {
        IsmsFixture.Result result = assertTimeoutPreemptively(HANG_GUARD,
                () -> isms.renderWithMain("# Deep\n\n" + ">".repeat(1000) + " quote\n\nSee [[POL-002]].\n"));

        assertThat(result.lines()).singleElement().asString()
                .startsWith(PATH + ":" + (BODY_FIRST_LINE + 2) + ":1: MARKDOWN_LIMIT");
        assertThat(result.html("POL-002")).contains("<h2 id=\"scope\">Scope</h2>");
    }

    @Test
    void aTemplateLoopOverAHundredMillionNumbersFailsItsDocumentAtTheLine() {
        IsmsFixture.Result result = assertTimeoutPreemptively(HANG_GUARD,
                () -> isms.renderWithMain("# Loop\n{% for i in range(1,100000000) %}*{{ i }}* {% endfor %}\n"));

        assertThat(result.lines()).singleElement().asString()
                .startsWith(PATH + ":" + (BODY_FIRST_LINE + 1) + ":1: TEMPLATE_LIMIT a range of 100000000 numbers");
    }

    @Test
    void renderingOneDocumentLooksAtTheOtherDocumentsOnlyWhenItRefersToOne() {
        // An earlier version is rendered against the project at its commit, whose documents cost as much to
        // read as the whole ISMS: a version without references must not read them (each version would cost
        // the whole ISMS, and the archive of a large one quadratic time).
        isms.document("policies/plain.md", "POL-003", "# Plain\n\nNo references, *some* text.\n")
                .document("policies/main.md", "POL-001", "See [[POL-002#scope]] and [other](other.md).\n");
        IsmsProject loaded = isms.load();
        CountingList documents = new CountingList(loaded.documents());
        IsmsProject project = new IsmsProject(loaded.projectDir(), loaded.ismsDir(), loaded.config(), documents);
        Document plain = loaded.document("POL-003").orElseThrow();
        Document referring = loaded.document("POL-001").orElseThrow();
        DocumentRenderer renderer = new DocumentRenderer();
        RenderedDocuments headings = new RenderedDocuments(Map.of("POL-002", new RenderedDocument("POL-002", "",
                List.of(new Heading(2, "scope", "Scope")), References.none(), "")));
        Diagnostics diagnostics = new Diagnostics();

        assertThat(renderer.renderOne(project, plain, headings, IsmsFixture.TARGETS, diagnostics).html()).contains("<em>some</em>");
        assertThat(documents.reads).isZero();

        assertThat(renderer.renderOne(project, referring, headings, IsmsFixture.TARGETS, diagnostics).html())
                .contains("href=\"../POL-002/index.html#scope\"").contains(">other</a>");
        assertThat(diagnostics.all()).isEmpty();
        assertThat(documents.reads).isPositive();
    }

    /** The project's documents, counting every look at them. */
    private static final class CountingList extends AbstractList<Document> {
        private final List<Document> documents;
        int reads;

        CountingList(List<Document> documents) {
            this.documents = documents;
        }

        @Override
        public Document get(int index) {
            reads++;
            return documents.get(index);
        }

        @Override
        public int size() {
            reads++;
            return documents.size();
        }
    }

    @Test
    void aStackOverflowThatNoLimitForesawFailsItsDocumentWithADiagnosticNamingIt() throws Exception {
        // Emphasis 95 deep is within the limits; a thread with a tiny stack stands in for an input no limit foresaw.
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int level = 0; level < 95; level++) {
            String marker = level % 2 == 0 ? "*" : "_";
            open.append(marker).append("a ");
            close.insert(0, " b" + marker);
        }
        isms.document("policies/deep.md", "POL-003", open + "x" + close + "\n");
        IsmsProject project = isms.load();
        Document deep = project.document("POL-003").orElseThrow();
        DocumentRenderer renderer = new DocumentRenderer();
        Diagnostics diagnostics = new Diagnostics();
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Thread smallStack = new Thread(null, () -> {
            try {
                renderer.renderOne(project, deep, new RenderedDocuments(Map.of()), IsmsFixture.TARGETS, diagnostics);
            } catch (Throwable e) {
                escaped.set(e);
            }
        }, "small-stack", 48 * 1024);
        smallStack.start();
        smallStack.join(HANG_GUARD.toMillis());

        assertThat(escaped.get()).isNull();
        assertThat(diagnostics.all()).extracting(d -> d.code()).containsExactly(Code.DOCUMENT_TOO_COMPLEX);
        assertThat(diagnostics.all()).extracting(d -> d.position() + ": " + d.code() + " " + d.message()).containsExactly(
                TestIsms.DOCUMENTS + "policies/deep.md:1:1: DOCUMENT_TOO_COMPLEX document POL-003 is nested too deeply to render "
                        + "(the stack overflowed); simplify its nesting of lists, quotes or placeholders");
    }

    /** Markdown written for pandoc, MkDocs and Hugo, from src/test/resources/markdown-corpus. */
    private RenderedDocument corpus(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/markdown-corpus/" + name)) {
            IsmsFixture.Result result = isms.renderWithMain(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(result.lines()).as(name).isEmpty();
            return result.documents().get("POL-001").orElseThrow();
        }
    }

    @Test
    void pandocMarkdownRendersAsPandocWouldWithoutDiagnostics() throws IOException {
        RenderedDocument doc = corpus("pandoc.md");
        Element page = Jsoup.parseBodyFragment(doc.html()).body();
        assertThat(doc.headings()).extracting(Heading::id).containsExactly("access-control-policy", "purpose", "rules");
        assertThat(page.select("h2").eachText()).containsExactly("Purpose", "Rules");
        assertThat(page.select("p:contains(Lines end) br")).hasSize(2);
        assertThat(page.select("h2#rules + ol > li")).hasSize(2);
        assertThat(page.select("h2#rules + ol > li > ul > li")).hasSize(2);
        assertThat(page.select("table td").eachText()).containsExactly("Staff", "read", "Admin", "read, write");
        assertThat(page.select("pre code").text()).contains("review: \"{{ quarter }}\"");
        assertThat(page.select("a[href=#rules]")).hasSize(1);
        assertThat(page.select("a[href=https://www.iso.org/standard/27001]").text()).isEqualTo("https://www.iso.org/standard/27001");
        assertThat(page.select("li#fn-1").text()).contains("All systems of the organisation.");
        assertThat(doc.html()).doesNotContain("Reviewed by legal").doesNotContain("{#").doesNotContain("{.yaml");
    }

    @Test
    void mkdocsMarkdownRendersAsMkdocsWouldWithoutDiagnostics() throws IOException {
        RenderedDocument doc = corpus("mkdocs.md");
        Element page = Jsoup.parseBodyFragment(doc.html()).body();
        assertThat(doc.headings()).extracting(Heading::id).containsExactly("backup-procedure", "scope", "steps");
        assertThat(page.select("div.adm-note").text()).contains("Applies to").contains("All servers in the data centre.");
        assertThat(page.select("ul > li")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("ul > li > ul > li").eachText()).containsExactly("pick a file at random", "compare checksums");
        assertThat(page.select("pre code").eachText()).containsExactly("schedule: \"{{ cron.nightly }}\"\nkeep: 30",
                "{% for host in hosts %}{{ host }}{% endfor %}");
        assertThat(page.select("a[href=mailto:security@example.org]")).hasSize(1);
        assertThat(page.select("a[href=#scope]").text()).isEqualTo("scope");
    }

    @Test
    void hugoContentRendersAsHugoWouldWithoutDiagnostics() throws IOException {
        RenderedDocument doc = corpus("hugo.md");
        Element page = Jsoup.parseBodyFragment(doc.html()).body();
        assertThat(doc.headings()).extracting(Heading::id).containsExactly("incident-response", "reporting", "escalation");
        assertThat(page.select("strong").text()).isEqualTo("at once");
        assertThat(page.select("em").text()).isEqualTo("never");
        assertThat(page.select("p:contains(Call the hotline) br")).hasSize(1);
        assertThat(page.select("pre code").text()).contains("<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>")
                .contains("{{ range .Pages }}{{ .Title }}{{ end }}");
        assertThat(page.select("ol > li > ol > li").text()).isEqualTo("Deputy");
        assertThat(page.select("li#fn-1").text()).contains("Within one hour.");
        assertThat(page.select("a[href=#reporting]")).hasSize(1);
        assertThat(page.select("a[href=https://example.org/hotline]")).hasSize(1);
        assertThat(doc.html()).doesNotContain("<!--more-->");
    }
}
