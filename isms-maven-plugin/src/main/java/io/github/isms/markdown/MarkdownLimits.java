package io.github.isms.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;

/**
 * The safety limits of a Markdown body. Flexmark parses and renders nested blocks by recursion, so a
 * thousand nested block quotes or list items overflow the stack, and the PDF layout of a body grows
 * with the square of its elements. Real policies nest lists five or six levels and hold a few thousand
 * elements; the limits leave ample room and refuse the rest as {@link Code#MARKDOWN_LIMIT} at the line.
 */
final class MarkdownLimits {

    /**
     * Block quotes and list markers opened at the start of one line ({@code > > -} is three), where
     * every two columns of indentation before the first marker count as one more level.
     */
    static final int MAX_MARKERS_ON_A_LINE = 50;
    /** Elements inside elements: a list level is two (the list and its item), a block quote one. */
    static final int MAX_DEPTH = 100;
    /**
     * Elements other than plain text and line breaks (emphasis, links, code, list items, table cells):
     * each is a box the PDF lays out, which is where a body's cost grows with the square.
     */
    static final int MAX_ELEMENTS = 100_000;

    private MarkdownLimits() {
    }

    /**
     * Before parsing, since the parser itself recurses on the containers one line opens: reports the
     * first line that opens more than {@link #MAX_MARKERS_ON_A_LINE}.
     */
    static boolean refusedBeforeParsing(CharSequence text, LineIndex lines, Diagnostics diagnostics) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int markers = 0;
            int indent = 0;
            int i = lineStart;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    indent += markers == 0 ? (c == '\t' ? 4 : 1) : 0;
                    i++;
                } else if (c == '>') {
                    markers++;
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && isBlankAt(text, i + 1)) {
                    markers++;
                    i++;
                } else if (isDigit(c) && orderedMarkerEnd(text, i) > 0) {
                    markers++;
                    i = orderedMarkerEnd(text, i) + 1;
                } else {
                    break;
                }
                // A nested list item is indented at least two columns per level it is nested in.
                if (markers > 0 && markers + indent / 2 > MAX_MARKERS_ON_A_LINE) {
                    diagnostics.report(Code.MARKDOWN_LIMIT, lines.at(lineStart), "this line is nested more than "
                            + MAX_MARKERS_ON_A_LINE + " block quotes or list items deep; refused as a safety limit");
                    return true;
                }
            }
            while (i < text.length() && text.charAt(i) != '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return false;
    }

    /** After parsing: the first element nested deeper than {@link #MAX_DEPTH}, or one too many. Walked without recursion. */
    static boolean refusedAfterParsing(Document document, LineIndex lines, Diagnostics diagnostics) {
        int depth = 1;
        int elements = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            if (!isPlainText(node) && ++elements > MAX_ELEMENTS) {
                diagnostics.report(Code.MARKDOWN_LIMIT, lines.at(node.getStartOffset()), "the body has more than "
                        + MAX_ELEMENTS + " Markdown elements besides plain text (this is the first one over); refused as a safety limit");
                return true;
            }
            if (depth > MAX_DEPTH) {
                diagnostics.report(Code.MARKDOWN_LIMIT, lines.at(node.getStartOffset()), "block quotes, lists or emphasis nested more than "
                        + MAX_DEPTH + " elements deep; refused as a safety limit");
                return true;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return false;
    }

    private static boolean isPlainText(Node node) {
        return node instanceof Text || node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    private static boolean isBlankAt(CharSequence text, int i) {
        return i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The index of the {@code .} or {@code )} ending an ordered list marker at {@code i} ({@code 12. }), or -1. */
    private static int orderedMarkerEnd(CharSequence text, int i) {
        int j = i;
        while (j < text.length() && j - i < 9 && isDigit(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlankAt(text, j + 1) ? j : -1;
    }
}
