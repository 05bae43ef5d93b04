package io.github.isms.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Flexmark's HTML of a document without raw HTML, read in one pass without building a tree:
 * every element in it is the Markdown renderer's own, and so, nearly always, are its attributes,
 * classes, ids and URLs (a writer chooses URLs and, with attribute lists, attributes), so the
 * sanitizer would keep all of it. This pass checks that it would (against the sanitizer's own rules) and writes the HTML the way the sanitizer writes it, so the page is the
 * same byte for byte, and collects the plain text on the way. It declines (an empty result, and the
 * caller sanitizes as for any HTML) at the first thing it is not sure of: an element, attribute or
 * URL the sanitizer would change, markup it would restructure (a block inside a paragraph, a link
 * inside a link, text directly in a table), a control character, anything that is not the
 * renderer's plain, well-nested tags.
 */
final class RendererOutput {

    /** {@code <name attr="value" ... />} as Flexmark writes it: lowercase names, double-quoted values. */
    private static final Pattern START_TAG = Pattern.compile("<([a-z][a-z0-9]*)((?: [a-z][a-z-]*=\"[^\"<>]*\")*)( /)?>");
    private static final Pattern END_TAG = Pattern.compile("</([a-z][a-z0-9]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z][a-z-]*)=\"([^\"]*)\"");

    private final HtmlSanitizer sanitizer;

    RendererOutput(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** The sanitizer's result for {@code html}, or empty when this pass can not vouch for it. */
    Optional<SafeHtml> read(String html) {
        StringBuilder out = new StringBuilder(html.length());
        HtmlSanitizer.PlainText text = new HtmlSanitizer.PlainText();
        Deque<String> open = new ArrayDeque<>();
        int backrefDepth = -1; // the footnotes' way back: on the page, not in the plain text
        Matcher start = START_TAG.matcher(html);
        Matcher end = END_TAG.matcher(html);
        int at = 0;
        while (at < html.length()) {
            int lt = html.indexOf('<', at);
            int stop = lt < 0 ? html.length() : lt;
            if (stop > at) {
                String words = html.substring(at, stop);
                if (!plainCharacters(words) || (!words.isBlank() && inTableStructure(open.peek()))) {
                    return Optional.empty();
                }
                String decoded = words.indexOf('&') < 0 ? words : Parser.unescapeEntities(words, false);
                escapeText(decoded, out);
                if (backrefDepth < 0) {
                    text.append(decoded);
                }
            }
            if (lt < 0) {
                break;
            }
            if (start.region(lt, html.length()).lookingAt()) {
                String name = start.group(1);
                Tag tag = Tag.valueOf(name);
                boolean isVoid = start.group(3) != null;
                if (!sanitizer.keepsTag(name) || isVoid != tag.isEmpty() || restructured(name, tag, open)) {
                    return Optional.empty();
                }
                out.append('<').append(name);
                Matcher attribute = ATTRIBUTE.matcher(start.group(2));
                boolean backref = false;
                while (attribute.find()) {
                    String key = attribute.group(1);
                    String value = Parser.unescapeEntities(attribute.group(2), true);
                    if (!sanitizer.keepsAttributeAsWritten(name, key, value)) {
                        return Optional.empty();
                    }
                    backref |= key.equals("class") && value.equals("footnote-backref");
                    out.append(' ').append(new Attribute(key, value).html());
                }
                out.append('>');
                if (tag.isBlock() || name.equals("br")) {
                    text.space();
                }
                if (isVoid) {
                    if (tag.isBlock()) {
                        text.space();
                    }
                } else {
                    open.push(name);
                    if (backref && backrefDepth < 0) {
                        backrefDepth = open.size();
                    }
                }
                at = start.end();
            } else if (end.region(lt, html.length()).lookingAt()) {
                String name = end.group(1);
                if (!name.equals(open.peek())) {
                    return Optional.empty();
                }
                if (open.size() == backrefDepth) {
                    backrefDepth = -1;
                }
                open.pop();
                out.append("</").append(name).append('>');
                if (Tag.valueOf(name).isBlock()) {
                    text.space();
                }
                at = end.end();
            } else {
                return Optional.empty();
            }
        }
        return open.isEmpty() ? Optional.of(new SafeHtml(out.toString().strip(), text.toString())) : Optional.empty();
    }

    /*
     * Text as the sanitizer writes it: the three characters of markup and the no-break space as
     * entities, every other character as itself (the page is UTF-8).
     */
    private static void escapeText(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
    }

    /*
     * Text the sanitizer's parser reads as it stands: no control character but tab and line feed, no
     * lone half of a surrogate pair, no U+FFFE or U+FFFF (the parser's own end-of-input mark).
     */
    private static boolean plainCharacters(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < words.length() && Character.isLowSurrogate(words.charAt(i + 1))) {
                i++; // a character beyond the first 65,536, written as a pair
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || c == '>' || Character.isSurrogate(c) || c >= '\ufffe') {
                return false;
            }
        }
        return true;
    }

    /*
     * What an HTML parser builds differently from the tags as written: a block inside a paragraph, a
     * heading or inline markup (the parser closes the paragraph first), a link inside a link.
     */
    private static boolean restructured(String name, Tag tag, Deque<String> open) {
        String parent = open.peek();
        if (parent == null) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return true;
        }
        Tag around = Tag.valueOf(parent);
        boolean blockHolder = around.isBlock() && !parent.equals("p") && !parent.equals("pre") && !parent.matches("h[1-6]");
        return tag.isBlock() && !blockHolder;
    }

    private static boolean inTableStructure(String element) {
        return element != null && (element.equals("table") || element.equals("thead") || element.equals("tbody")
                || element.equals("tfoot") || element.equals("tr"));
    }
}
