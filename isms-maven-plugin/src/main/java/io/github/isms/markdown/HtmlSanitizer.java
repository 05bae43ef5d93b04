package io.github.isms.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces rendered HTML to an allow-list: the elements Markdown produces plus harmless inline
 * markup. No script, no style, no event handler, no URL other than http, https, mailto, relative
 * paths and in-page anchors survives; {@code data:} URLs are refused too. Written documents may
 * contain raw HTML, so every document body goes through here before a page shows it.
 */
public final class HtmlSanitizer {

    /** Relative links are kept as written; the base only lets jsoup classify them as relative. */
    private static final String BASE = "https://isms.invalid/docs/page/index.html";

    private final Cleaner cleaner = new Cleaner(safelist());

    /** Cleans {@code html} (a body fragment) and returns it with its plain text. */
    public SafeHtml sanitize(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        return new SafeHtml(body.html(), body.text());
    }

    /** Whether {@code html} would pass unchanged in tag and attribute terms (used to warn the writer). */
    public boolean isSafe(String html) {
        return cleaner.isValidBodyHtml(html);
    }

    private static Safelist safelist() {
        // The Safelist is mutable, so it is built here and never leaves this class.
        return Safelist.relaxed()
                .addTags("hr", "del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "dfn", "details", "summary",
                        "figure", "figcaption", "section", "nav")
                .addAttributes(":all", "class", "title", "lang", "dir")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("li", "id").addAttributes("sup", "id").addAttributes("div", "id")
                .addAttributes("th", "align").addAttributes("td", "align")
                .addAttributes("abbr", "title").addAttributes("details", "open")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
    }
}
