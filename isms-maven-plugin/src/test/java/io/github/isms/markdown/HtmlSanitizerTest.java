package io.github.isms.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /** Classic payloads (OWASP XSS filter evasion cheat sheet and friends), as a document writer could type them. */
    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert('XSS')\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
                "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
                "<a href=\" javascript:alert(1)\">space</a>",
                "<a href=\"vbscript:msgbox(1)\">vb</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"https://xss.example/x.swf\">",
                "<div style=\"background:url(javascript:alert(1))\">css</div>",
                "<style>body{background:url(\"javascript:alert(1)\")}</style>",
                "<link rel=stylesheet href=\"https://xss.example/x.css\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<input onfocus=alert(1) autofocus>",
                "<details open ontoggle=alert(1)>",
                "<a href=\"#\" onclick=\"alert(1)\">click</a>",
                "<p onmouseover=\"alert(1)\">hover</p>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<video><source onerror=\"alert(1)\"></video>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "[click](<javascript:alert(1)>)",
                "![img](javascript:alert(1))",
                "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<javascript:alert(1)>",
                "[ref]\n\n[ref]: javascript:alert(1)");
    }

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "svg", "math", "iframe", "object", "embed",
            "style", "link", "meta", "base", "form", "button", "input", "video", "audio", "source", "body", "noscript", "template");

    @ParameterizedTest
    @MethodSource("payloads")
    void everyClassicXssPayloadIsNeutralised(String payload) {
        String html = MARKDOWN.render("Before\n\n" + payload + "\n\nAfter " + payload + "\n").html();
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(FORBIDDEN_ELEMENTS).as(html).doesNotContain(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "background", "action");
                assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
        // What is left of a payload may be visible as text ("&lt;img ...&gt;"), never as markup.
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img src=x");
    }

    @Test
    void thereAreAtLeastTwentyPayloads() {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void harmlessRawHtmlAndSafeLinksSurvive() {
        String html = MARKDOWN.render("""
                <details><summary>More</summary>Hidden <kbd>Ctrl</kbd> <abbr title="Information Security">IS</abbr></details>

                [web](https://example.com) [mail](mailto:ciso@example.com) [rel](../POL-002/index.html#scope) [here](#top)
                """).html();
        assertThat(html)
                .contains("<details><summary>More</summary>Hidden <kbd>Ctrl</kbd> <abbr title=\"Information Security\">IS</abbr></details>")
                .contains("href=\"https://example.com\"")
                .contains("href=\"mailto:ciso@example.com\"")
                .contains("href=\"../POL-002/index.html#scope\"")
                .contains("href=\"#top\"");
    }

    @Test
    void imagesComeOnlyFromTheSiteItself() {
        String html = MARKDOWN.render("""
                ![logo](../../assets/logo.png) ![pixel](https://tracker.example/p.gif) <img src="//tracker.example/q.gif" alt="q">
                """).html();
        assertThat(html).contains("<img src=\"../../assets/logo.png\" alt=\"logo\">")
                .contains("<img alt=\"pixel\">").contains("<img alt=\"q\">").doesNotContain("tracker.example");
    }

    @Test
    void aScriptDoesNotReachTheSearchText() {
        assertThat(MARKDOWN.render("Hello <script>steal()</script> world").text()).isEqualTo("Hello world");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/\\tracker.example:8080/x.png", "\\\\tracker.example/x.png",
            "/&#9;/tracker.example/x.png", "/&#10;/tracker.example/x.png", "\\/tracker.example/x.png"})
    void anImageSourceThatABrowserReadsAsAnotherServerIsRemoved(String src) {
        // A browser reads "\\" as "/" and drops tabs and line breaks: each of these fetches from tracker.example.
        String html = MARKDOWN.render("<img src=\"" + src + "\" alt=\"x\">\n").html();
        assertThat(html).contains("<img alt=\"x\">").doesNotContain("tracker.example");
        assertThat(HtmlSanitizer.isAbsolute(Jsoup.parseBodyFragment("<img src=\"" + src + "\">").selectFirst("img").attr("src"))).isTrue();
    }

    @Test
    void rawHtmlCanNotFakeTheDraftBannerNorASecondMain() {
        String html = MARKDOWN.render("""
                <div class="banner banner-draft" id="main">Approved</div>

                <p class="document-control notice" id="isms-document-control">Approved by the CEO</p>

                <h2 id="scope" class="toc">Scope</h2>
                """).html();
        assertThat(html).contains("<div>Approved</div>").contains("<p>Approved by the CEO</p>").contains("<h2 id=\"scope\">Scope</h2>")
                .doesNotContain("class=").doesNotContain("id=\"main\"").doesNotContain("isms-document-control");
    }

    @Test
    void theClassesAndIdsTheRendererWritesStay() {
        String html = MARKDOWN.render("""
                # Policy

                Text[^1].

                ```java
                int x;
                ```

                !!! note "Title"
                    Body.

                | a |
                |---|
                | 1 |

                [^1]: The note.
                """).html();
        assertThat(html).contains("<h1 id=\"policy\">", "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">",
                "<code class=\"language-java\">", "<div class=\"adm-block adm-note\">", "<div class=\"adm-heading\">",
                "<table class=\"table\">", "<div class=\"footnotes\">", "<li id=\"fn-1\">", "class=\"footnote-backref\"");
    }

    @Test
    void aRemovedClassOrIdIsDescribedForTheWriter() {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        assertThat(sanitizer.removedFrom("<div class=\"banner banner-draft\">x</div>")).get().asString()
                .contains("the class 'banner banner-draft' of <div> is removed");
        assertThat(sanitizer.removedFrom("<h2 id=\"main\">x</h2>")).get().asString().contains("the id 'main' of <h2> is removed");
        assertThat(sanitizer.removedFrom("<div class=\"adm-block adm-note\">x</div>")).isEmpty();
    }
}
