package io.github.isms.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @Test
    void rendersTablesFootnotesDefinitionListsAdmonitionsAndStrikethrough() {
        String html = MARKDOWN.render("""
                | Role | Person |
                |:-----|-------:|
                | CISO | Alice  |

                Risk owner
                : The person accountable for a risk.

                !!! warning "Mind this"
                    Keys are never shared.

                Retention is ten years[^law]. ~~Old rule~~.

                [^law]: Commercial code, section 257.
                """).html();
        assertThat(html)
                .contains("<table class=\"table\">").contains("<th align=\"left\">Role</th>").contains("<td align=\"right\">Alice</td>")
                .contains("<dl>").contains("<dt>Risk owner</dt>").contains("<dd>The person accountable for a risk.</dd>")
                .contains("<div class=\"adm-block adm-warning\">").contains("Mind this").contains("Keys are never shared.")
                .contains("<a class=\"footnote-ref\" href=\"#fn-1\">1</a>").contains("<li id=\"fn-1\">")
                .contains("<del>Old rule</del>");
        assertThat(html).doesNotStartWith("\n");
    }

    @Test
    void headingsGetTheSameIdsInTheHtmlAsInTheHeadingList() {
        var ast = MARKDOWN.parse("# Purpose\n\n## Scope & Purpose\n\n### Roles and *responsibilities*\n\n## Scope & Purpose\n");
        List<Heading> headings = MARKDOWN.headings(ast);
        assertThat(headings).extracting(Heading::level).containsExactly(1, 2, 3, 2);
        assertThat(headings).extracting(Heading::text)
                .containsExactly("Purpose", "Scope & Purpose", "Roles and responsibilities", "Scope & Purpose");
        assertThat(headings).extracting(Heading::id).doesNotHaveDuplicates();
        var page = Jsoup.parseBodyFragment(MARKDOWN.render(ast).html());
        assertThat(page.select("h1, h2, h3")).extracting(e -> e.id())
                .containsExactlyElementsOf(headings.stream().map(Heading::id).toList());
    }

    @Test
    void anAttributeListAtTheEndOfAHeadingSetsItsId() {
        var ast = MARKDOWN.parse("# Access {#access .policy}\n\nSetext {#setext}\n------\n\n## Scope { #scope }\n\n## Step {1}\n\n## Keys {data-x=1}\n");
        assertThat(MARKDOWN.headings(ast)).containsExactly(new Heading(1, "access", "Access"), new Heading(2, "setext", "Setext"),
                new Heading(2, "scope", "Scope"), new Heading(2, "step-1", "Step {1}"), new Heading(2, "keys", "Keys"));
        String html = MARKDOWN.render(ast).html();
        assertThat(html).contains("<h1 id=\"access\">Access</h1>").contains("<h2 id=\"setext\">Setext</h2>")
                .contains("<h2 id=\"step-1\">Step {1}</h2>").doesNotContain("policy").doesNotContain("data-x");
    }

    @Test
    void bracesInProseStayTextAndAreNotAttributeLists() {
        String html = MARKDOWN.render("Send it to {team} or {#ops .oncall}, {a=b}.\n\n| {x} |\n|---|\n| {y} |\n").html();
        assertThat(html).contains("<p>Send it to {team} or {#ops .oncall}, {a=b}.</p>")
                .contains("<th>{x}</th>").contains("<td>{y}</td>").doesNotContain("<span");
    }

    @Test
    void aTocMarkerListsTheHeadingsAsInPageLinks() {
        String html = MARKDOWN.render("[TOC]\n\n# Title\n\n## One\n\n### Two\n").html();
        assertThat(html).contains("<a href=\"#one\">One</a>").contains("<a href=\"#two\">Two</a>");
    }

    @Test
    void thePlainTextHoldsTheWordsWithoutMarkup() {
        SafeHtml rendered = MARKDOWN.render("# Access\n\nOnly **authorised** staff[^1].\n\n[^1]: See HR.\n");
        assertThat(rendered.text()).contains("Access").contains("Only authorised staff").contains("See HR.")
                .doesNotContain("<").doesNotContain("↩");
    }

    @Test
    void unsafeRawHtmlIsReportedWhereItIsWritten() {
        var ast = MARKDOWN.parse("Fine <b>bold</b>.\n\nClick <span onclick=\"steal()\">here</span>.\n\n<script>x()</script>\n");
        Diagnostics diagnostics = new Diagnostics();
        MARKDOWN.reportUnsafeHtml(ast, new LineIndex("doc.md", 10, ast.getChars()), diagnostics);
        assertThat(diagnostics.all()).extracting(d -> d.format()).containsExactly(
                "doc.md:12:7: HTML_UNSAFE raw HTML is not safe on an intranet page: the attribute onclick of <span> is removed",
                "doc.md:14:1: HTML_UNSAFE raw HTML is not safe on an intranet page: the element <script> is removed");
        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.code()).isEqualTo(Code.HTML_UNSAFE));
    }

    @Test
    void aThousandWordDocumentWithTablesAndListsRendersCompletely() {
        String document = SyntheticDocument.ofWords(1_000);
        long start = System.nanoTime();
        SafeHtml rendered = null;
        int rounds = 50;
        for (int i = 0; i < rounds; i++) {
            rendered = MARKDOWN.render(document);
        }
        long micros = (System.nanoTime() - start) / 1_000 / rounds;
        // A measurement for the log, not an assertion: speed is the benchmark harness's business.
        System.out.printf("1,000-word document: %d µs per render (parse, HTML, sanitize), %d rounds%n", micros, rounds);
        var page = Jsoup.parseBodyFragment(rendered.html());
        assertThat(page.select("table")).hasSize(5);
        assertThat(page.select("ul > li")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rendered.text().split("\\s+").length).isGreaterThanOrEqualTo(1_000);
    }
}
