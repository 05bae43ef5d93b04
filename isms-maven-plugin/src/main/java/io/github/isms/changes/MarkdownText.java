package io.github.isms.changes;

import java.util.regex.Pattern;

/**
 * Text from the ISMS (titles, messages, e-mail addresses) made safe for a comment that GitHub or GitLab renders
 * as Markdown: it shows as written, opens no HTML, makes no link, table cell or emphasis, and mentions nobody.
 */
final class MarkdownText {

    private static final Pattern PUNCTUATION = Pattern.compile("([\\\\`*_\\[\\]|~])");
    /**
     * Unicode's bidirectional controls: in a comment they reorder what a reviewer reads (a title that
     * shows as "approved" while it says something else), so each is shown by its code point instead.
     */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");
    /** A word joiner after {@code @} keeps {@code @team} from notifying anyone; it shows as nothing. */
    private static final String NO_MENTION = "@\u2060";

    private MarkdownText() {
    }

    /** Inline Markdown text, also inside a table cell; a word joiner keeps a bare URL from becoming a link. */
    static String text(String value) {
        return PUNCTUATION.matcher(html(value)).replaceAll("\\\\$1").replace("://", ":\u2060//").replace("www.", "www\u2060.");
    }

    /**
     * A code span, also inside a table cell: shown verbatim; backticks can not occur in it, line
     * breaks become spaces, and a {@code |} is escaped, since a table row splits at it even there.
     */
    static String code(String value) {
        return "`" + oneLine(value).replace("`", "'").replace("|", "\\|") + "`";
    }

    /** A redline's line: already escaped HTML, in a {@code <pre>}; only mentions and bidi controls are left to stop. */
    static String redline(String line) {
        return visible(line, "&lt;U+%04X&gt;").replace("@", NO_MENTION);
    }

    /** Text inside raw HTML (a {@code <summary>}), where Markdown is not read. */
    static String html(String value) {
        return oneLine(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", NO_MENTION);
    }

    private static String oneLine(String value) {
        return value == null ? "" : visible(value.replaceAll("\\s*[\\r\\n]+\\s*", " "), "<U+%04X>");
    }

    private static String visible(String text, String format) {
        return BIDI_CONTROLS.matcher(text).replaceAll(m -> String.format(format, (int) m.group().charAt(0)));
    }
}
