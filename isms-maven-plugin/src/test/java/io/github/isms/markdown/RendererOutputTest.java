package io.github.isms.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.fuzz.Fuzz;
import io.github.isms.fuzz.Mutations;
import io.github.isms.xref.XrefExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass check of the renderer's own HTML gives exactly what the sanitizer gives (the page
 * and its plain text, byte for byte), and declines whatever the sanitizer would change.
 */
class RendererOutputTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(List.of(XrefExtension.create()));
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
    private static final RendererOutput OUTPUT = new RendererOutput(SANITIZER);

    /** Every construct of the dialect that needs no raw HTML, with the characters HTML escapes. */
    private static final String EVERY_CONSTRUCT = """
            [TOC]

            # Access "control" & a < b {#top}

            ## Scope's 'edge' cases

            Text with *emphasis*, **strong**, `code <b>`, ~~gone~~, a [link](other.md "Its 'title'"){title="a 'b'"}, a
            [mail](mailto:ciso@example.com), <https://example.com/a?b=1&c=2>, an ![image](assets/a.png "T")
            and a hard\\
            break, a soft
            break, &copy; &nbsp; &#8617; &amp; &lt; &gt; &quot; ☃ 😀, [[POL-001]] and [[A.5.15]].

            > A quote
            > - with a list

            1. one
            2. two
               - nested

            3. loose

            ---

            | Role | Person | Where |
            |:-----|-------:|:-----:|
            | CISO | Alice  | [HQ](#scope) |

            Risk owner
            : The person accountable.

            ```java
            if (a < b && c > "d") { }
            ```

                indented code & more

            Retention is ten years[^law] and more[^law].

            [^law]: Commercial code, section 257.
            """;

    @Test
    void everyConstructOfTheDialectComesOutAsTheSanitizerWritesIt() {
        String html = MARKDOWN.unsanitized(MARKDOWN.parse(EVERY_CONSTRUCT));

        assertThat(OUTPUT.read(html)).contains(SANITIZER.sanitize(html));
    }

    @Test
    void aDocumentWithoutRawHtmlIsRenderedWithoutTheSanitizerToTheSameBytes() {
        var document = MARKDOWN.parse(EVERY_CONSTRUCT);

        assertThat(MARKDOWN.render(document)).isEqualTo(SANITIZER.sanitize(MARKDOWN.unsanitized(document)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](data:text/html,hi)", "[x](vbscript:x)", "![x](https://tracker.example/p.png)",
        "![x](//tracker.example/p.png)", "[x](file:///etc/passwd)"})
    void aUrlTheSanitizerRemovesIsLeftToIt(String markdown) {
        String html = MARKDOWN.unsanitized(MARKDOWN.parse(markdown));

        assertThat(OUTPUT.read(html)).isEmpty();
        assertThat(MARKDOWN.render(markdown)).isEqualTo(SANITIZER.sanitize(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a <div>block</div> in a paragraph</p>", "<a href=\"a.md\">a <a href=\"b.md\">link</a> in a link</a>",
        "<table>text<tr><td>x</td></tr></table>", "<p>unclosed", "<p>a</b>", "<p class=\"draft-banner\">x</p>",
        "<h2 id=\"main\">x</h2>", "<p id=\"x\">x</p>", "<span onclick=\"x()\">x</span>", "<script>x</script>",
        "<!-- a comment -->", "<p>a\u0000b</p>", "<p>a\rb</p>", "<p>a\ud800b</p>", "<br>", "<p x=y>z</p>"})
    void markupTheSanitizerWouldChangeOrAParserWouldRestructureIsLeftToIt(String html) {
        assertThat(OUTPUT.read(html)).isEmpty();
    }

    @Test
    void anAdmonitionIsLeftToTheSanitizerWhichRemovesItsIcon() {
        String html = MARKDOWN.unsanitized(MARKDOWN.parse("!!! warning \"Mind <this>\"\n    Keys are never *shared*.\n"));

        assertThat(html).contains("<svg");
        assertThat(OUTPUT.read(html)).isEmpty();
    }

    @Test
    void theFootnotesWayBackIsOnThePageButNotInThePlainText() {
        String html = MARKDOWN.unsanitized(MARKDOWN.parse("Ten years[^law].\n\n[^law]: Code 257.\n"));

        SafeHtml read = OUTPUT.read(html).orElseThrow();

        assertThat(read.html()).contains("footnote-backref").contains("↩");
        assertThat(read.text()).isEqualTo("Ten years1. Code 257.").isEqualTo(SANITIZER.sanitize(html).text());
    }

    @Test
    void attributeListsTheSanitizerWouldChangeAreLeftToIt() {
        for (String markdown : List.of("## Rules {#main}", "## Rules {.draft-banner}", "[x](a.md){onclick=alert(1)}",
                "![x](a.png){style=\"color:red\"}", "`code`{data-x=1}", "[x](a.md){.xref .footnotes}")) {
            String html = MARKDOWN.unsanitized(MARKDOWN.parse(markdown));

            assertThat(OUTPUT.read(html)).as(markdown).isEmpty();
            assertThat(MARKDOWN.render(markdown)).as(markdown).isEqualTo(SANITIZER.sanitize(html));
        }
    }

    @Test
    void markdownWithAttributeListsComesOutTheSameThroughEitherPath() {
        List<String> pool = List.of("[x](a.md)", "![i](assets/a.png)", "`code`", "\n## Heading ", "\n\n", " text ",
                "{#rules}", "{.key}", "{.xref}", "{#main}", "{#fn-1}", "{title=\"a \\\"b\\\" <c>\"}", "{lang=en}", "{onclick=x}",
                "{style=x}", "{href=javascript:x}", "{src=https://e.com/t.png}", "{.adm-note .b}", "{#x .a .b key=v}", "{", "}");
        int[] checked = {0};
        Fuzz.run(300, (random, i) -> {
            String html = MARKDOWN.unsanitized(MARKDOWN.parse(Mutations.fragments(random, 12, pool)));
            OUTPUT.read(html).ifPresent(read -> {
                assertThat(read).isEqualTo(SANITIZER.sanitize(html));
                checked[0]++;
            });
        });
        assertThat(checked[0]).isGreaterThan(100);
    }

    @Test
    void mutatedDocumentsComeOutTheSameThroughEitherPath() {
        int[] checked = {0};
        Fuzz.run(300, (random, i) -> {
            String markdown = Mutations.mutatedDocument(random, 12);
            String html = MARKDOWN.unsanitized(MARKDOWN.parse(markdown));
            OUTPUT.read(html).ifPresent(read -> {
                assertThat(read).isEqualTo(SANITIZER.sanitize(html));
                checked[0]++;
            });
        });
        // Most mutated templates hold no raw HTML: the comparison must have had work to do.
        assertThat(checked[0]).isGreaterThan(100);
    }
}
