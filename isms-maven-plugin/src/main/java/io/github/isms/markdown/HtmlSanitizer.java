package io.github.isms.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces rendered HTML to an allow-list: the elements Markdown produces plus harmless inline
 * markup. No script, no style, no event handler, no URL other than http, https, mailto, relative
 * paths and in-page anchors survives; {@code data:} URLs are refused too, and images only come
 * from the site itself (relative paths). Written documents may
 * contain raw HTML, so every document body goes through here before a page shows it.
 */
public final class HtmlSanitizer {

    /** Relative links are kept as written; the base only lets jsoup classify them as relative. */
    private static final String BASE = "https://isms.invalid/docs/page/index.html";

    private static final Pattern ABSOLUTE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|//)");
    /** What browsers drop from a URL before they read it: ASCII tabs and line breaks anywhere, controls and spaces at the ends. */
    private static final Pattern URL_NOISE = Pattern.compile("[\\t\\n\\r]|^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    /**
     * The classes document HTML may carry: those the Markdown renderer itself writes (cross-references,
     * footnotes, tables, admonitions, a code block's language). Any other class is dropped, so that raw
     * HTML can not dress up as the page's own parts (a draft banner, a document-control block).
     */
    private static final Pattern SAFE_CLASS = Pattern.compile(
            "xref|xref-unpublished|xref-unresolved|footnotes|footnote-ref|footnote-backref|table"
                    + "|adm-block|adm-heading|adm-body|adm-[a-z]+|language-[A-Za-z0-9_+#-]+");
    /**
     * The ids document HTML may carry: a heading's anchor and the footnotes' own ids, never one the page
     * around the body uses ({@code main}, the search field, {@code isms-...}), so a body can not make a
     * second {@code id="main"} that the skip link or a script would find first.
     */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn-\\d+|fnref-\\d+(-\\d+)?");
    private static final Pattern PAGE_ID = Pattern.compile("main|site-search-q|isms-.*");

    private final Safelist safelist = safelist();
    private final Cleaner cleaner = new Cleaner(safelist);

    /** Cleans {@code html} (a body fragment) and returns it with its plain text. */
    public SafeHtml sanitize(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        for (Element element : body.getAllElements()) {
            keepOnlySafeClassAndId(element);
        }
        // The site is self-contained: an image from another server would be a network fetch (and a tracking pixel).
        body.select("img[src]").forEach(img -> {
            if (isAbsolute(img.attr("src"))) {
                img.removeAttr("src");
            }
        });
        String safe = body.html().strip();
        // The footnote's way back ("↩") is navigation, not text anybody searches for. The HTML is
        // taken first, so the links can leave the tree itself instead of a copy of it.
        body.select("a.footnote-backref").remove();
        return new SafeHtml(safe, plainText(body));
    }

    /** Whether the sanitizer keeps the element {@code <tag>} (its content is kept either way). */
    boolean keepsTag(String tag) {
        return safelist.isSafeTag(tag);
    }

    /**
     * Whether the sanitizer keeps the attribute {@code key="value"} of a {@code <tag>} just as it is:
     * allowed on that element, its URL of an allowed kind (and an image's from the site itself), its
     * classes the renderer's own in the order the sanitizer writes them, its id one it keeps there.
     */
    boolean keepsAttributeAsWritten(String tag, String key, String value) {
        Element element = new Element(tag).attr(key, value);
        element.setBaseUri(BASE);
        if (!safelist.isSafeAttribute(tag, element, element.attribute(key))) {
            return false;
        }
        if (tag.equals("img") && key.equals("src") && isAbsolute(value)) {
            return false;
        }
        keepOnlySafeClassAndId(element);
        return value.equals(element.attr(key));
    }

    private static void keepOnlySafeClassAndId(Element element) {
        if (element.hasAttr("class")) {
            String kept = String.join(" ", element.classNames().stream().filter(c -> SAFE_CLASS.matcher(c).matches()).sorted().toList());
            if (kept.isEmpty()) {
                element.removeAttr("class");
            } else if (!kept.equals(element.attr("class"))) {
                element.attr("class", kept);
            }
        }
        if (element.hasAttr("id") && !isSafeId(element)) {
            element.removeAttr("id");
        }
    }

    private static boolean isSafeId(Element element) {
        String id = element.id();
        if (PAGE_ID.matcher(id).matches()) {
            return false;
        }
        return element.nameIs("h1") || element.nameIs("h2") || element.nameIs("h3") || element.nameIs("h4")
                || element.nameIs("h5") || element.nameIs("h6") || FOOTNOTE_ID.matcher(id).matches();
    }

    /*
     * The words of the tree, one space between words and around every block and line break, no
     * space at either end: what Element.text() gives, written out here because text() normalised
     * the whitespace of each text node on its own and cost ten times as much.
     */
    private static String plainText(Element root) {
        PlainText text = new PlainText();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.space();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.space();
                }
            }
        }, root);
        return text.toString();
    }

    /** Text with every run of whitespace (no-break spaces included) as one space, and none at either end. */
    static final class PlainText {

        private final StringBuilder out = new StringBuilder();
        private boolean spaced = true;

        void append(String words) {
            for (int i = 0; i < words.length(); i++) {
                char c = words.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0') {
                    space();
                } else {
                    if (spaced && !out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(c);
                    spaced = false;
                }
            }
        }

        void space() {
            spaced = true;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /**
     * What the sanitizer would remove from a piece of raw HTML a writer typed (an element, an
     * attribute, a URL), described for a warning; empty when it passes as written.
     */
    public Optional<String> removedFrom(String fragment) {
        Element body = Jsoup.parseBodyFragment(fragment, BASE).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (!safelist.isSafeTag(element.normalName())) {
                return Optional.of("the element <" + element.normalName() + "> is removed");
            }
            if (element.normalName().equals("img") && isAbsolute(element.attr("src"))) {
                return Optional.of("an image from another server is not shown; put the file under assets/");
            }
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(element.normalName(), element, attribute)) {
                    return Optional.of("the attribute " + attribute.getKey() + " of <" + element.normalName() + "> is removed");
                }
            }
            Element copy = element.shallowClone();
            keepOnlySafeClassAndId(copy);
            if (!copy.attr("class").equals(element.attr("class"))) {
                return Optional.of("the class '" + element.attr("class") + "' of <" + element.normalName()
                        + "> is removed (only the renderer's own classes are kept)");
            }
            if (element.hasAttr("id") && !copy.hasAttr("id")) {
                return Optional.of("the id '" + element.id() + "' of <" + element.normalName()
                        + "> is removed (ids are kept on headings and footnotes only, and never one the page itself uses)");
            }
        }
        return Optional.empty();
    }

    /**
     * The relative links and image sources in a raw-HTML fragment ({@code href}, {@code src}; not
     * anchors on the page, not absolute URLs): unlike Markdown links they are neither checked nor
     * rewritten to the site's pages.
     */
    public List<String> relativeUrlsIn(String fragment) {
        if (!fragment.contains("href") && !fragment.contains("src")) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(fragment, BASE).body().select("[href], [src]")) {
            for (String key : new String[] {"href", "src"}) {
                String url = element.attr(key).strip();
                if (!url.isEmpty() && !url.startsWith("#") && !isAbsolute(url)) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    /**
     * A URL with a scheme or a host ({@code https://...}, {@code //host/...}), as opposed to a path
     * within the site. Read as a browser reads it: a backslash is a slash ({@code /\host/x.png} is
     * {@code //host/x.png}), and tabs and line breaks inside it do not count.
     */
    public static boolean isAbsolute(String url) {
        return ABSOLUTE.matcher(URL_NOISE.matcher(url).replaceAll("").replace('\\', '/')).find();
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
