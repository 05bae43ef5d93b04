package io.github.isms.source;

import java.util.Optional;

/**
 * Where a Markdown document's YAML front matter starts and ends: the one grammar that the loader
 * and the history reader (which reads thousands of old versions, from bytes) both use, so the two
 * can not disagree about a document.
 *
 * <ul>
 * <li>A byte-order mark before the first line is dropped; lines end with {@code \n}, {@code \r\n}
 *     or a lone {@code \r}.</li>
 * <li>The first line is the fence {@code ---}; the front matter ends at the next line that is
 *     {@code ---} or {@code ...}.</li>
 * <li>A fence starts in the first column: an indented {@code ---} is YAML (inside a block scalar it
 *     is text), as YAML's own document markers are. Blanks after a fence are invisible in an editor,
 *     so they do not make it another line.</li>
 * </ul>
 * YAML limits live next door, in {@link YamlLimits}.
 */
public final class FrontMatterSyntax {

    private static final char BOM = '\uFEFF';

    /** What the fences of a text say. */
    public enum Outcome { FOUND, EMPTY, NOT_OPENED, NOT_CLOSED }

    /**
     * The fences found in a normalised text.
     *
     * @param yaml          the text between the fences (empty unless {@link Outcome#FOUND})
     * @param body          everything after the closing fence
     * @param bodyFirstLine the text line of the body's first line; the YAML always starts on line 2
     */
    public record Split(Outcome outcome, String yaml, String body, int bodyFirstLine) {

        static Split failed(Outcome outcome) {
            return new Split(outcome, "", "", 0);
        }

        public boolean found() {
            return outcome == Outcome.FOUND;
        }
    }

    private FrontMatterSyntax() {
    }

    /** The text as the grammar reads it: without a byte-order mark, every line ending a {@code \n}. */
    public static String normalise(String text) {
        String withoutBom = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Splits a text {@linkplain #normalise normalised} before. */
    public static Split split(String text) {
        if (text.isBlank()) {
            return Split.failed(Outcome.EMPTY);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        if (!isFence(text, 0, firstLineEnd, '-')) {
            return Split.failed(Outcome.NOT_OPENED);
        }
        int line = 2;
        int start = firstLineEnd + 1;
        int cursor = start;
        while (cursor <= text.length()) {
            int end = text.indexOf('\n', cursor);
            int lineEnd = end < 0 ? text.length() : end;
            if (isFence(text, cursor, lineEnd, '-') || isFence(text, cursor, lineEnd, '.')) {
                return new Split(Outcome.FOUND, text.substring(start, cursor), end < 0 ? "" : text.substring(end + 1), line + 1);
            }
            if (end < 0) {
                break;
            }
            cursor = end + 1;
            line++;
        }
        return Split.failed(Outcome.NOT_CLOSED);
    }

    /** Normalises and splits in one step. */
    public static Split splitRaw(String text) {
        return split(normalise(text));
    }

    /**
     * The number of leading bytes of a UTF-8 file that hold its front matter: up to and including the
     * closing fence's line, or all of them when there is none. History decodes only these, so a long
     * body is never decoded; the fences are found by the same rule as {@link #split}.
     */
    public static int headLength(byte[] content) {
        int lineStart = 0;
        int line = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (line > 0 && (isFence(content, lineStart, i, '-') || isFence(content, lineStart, i, '.'))) {
                    return i + 1;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return content.length;
    }

    /** Three {@code mark} characters in the first column, then only blanks. */
    private static boolean isFence(CharSequence text, int from, int to, char mark) {
        if (to - from < 3 || text.charAt(from) != mark || text.charAt(from + 1) != mark || text.charAt(from + 2) != mark) {
            return false;
        }
        for (int i = from + 3; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The same rule on bytes; a {@code \r} before the line break is a line ending, not a character. */
    private static boolean isFence(byte[] content, int from, int to, byte mark) {
        if (to - from < 3 || content[from] != mark || content[from + 1] != mark || content[from + 2] != mark) {
            return false;
        }
        for (int i = from + 3; i < to; i++) {
            if (content[i] != ' ' && content[i] != '\t' && !(content[i] == '\r' && i == to - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFence(byte[] content, int from, int to, char mark) {
        return isFence(content, from, to, (byte) mark);
    }
}
