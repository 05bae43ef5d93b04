package io.github.isms.markdown;

import io.github.isms.diag.SourcePosition;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Maps character offsets of a document body to file positions. A body starts at
 * {@code firstLine} of its file, so an offset on the body's line 1 is reported on that file line.
 * When the text was produced from the written body (placeholders expanded), {@code bodyLineOf}
 * says which body line each of its lines came from, and columns are looked up in the written line.
 */
public final class LineIndex {

    private final String path;
    private final int firstLine;
    private final int[] lineStarts;
    private final IntUnaryOperator bodyLineOf;
    private final String body;
    private final int[] bodyLineStarts;

    /** For text that is the body as written. */
    public LineIndex(String path, int firstLine, CharSequence text) {
        this(path, firstLine, text, IntUnaryOperator.identity(), null);
    }

    /**
     * @param bodyLineOf the body line (1-based) of each line (1-based) of {@code text}
     * @param body       the body as written, or null when {@code text} is the body as written
     */
    public LineIndex(String path, int firstLine, CharSequence text, IntUnaryOperator bodyLineOf, String body) {
        this.path = path;
        this.firstLine = firstLine;
        this.bodyLineOf = bodyLineOf;
        this.lineStarts = lineStarts(text);
        this.body = body != null && !body.contentEquals(text) ? body : null;
        this.bodyLineStarts = this.body == null ? null : lineStarts(this.body);
    }

    /** The file position of an offset; columns count characters from 1. */
    public SourcePosition at(int offset) {
        return at(offset, null);
    }

    /**
     * The file position of an offset where {@code written} begins; when placeholders moved it
     * along its line, the column is where {@code written} stands in the line as written.
     */
    public SourcePosition at(int offset, CharSequence written) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        int bodyLine = bodyLineOf.applyAsInt(line + 1);
        int column = offset - lineStarts[line] + 1;
        if (body != null && written != null && bodyLine >= 1 && bodyLine <= bodyLineStarts.length) {
            int start = bodyLineStarts[bodyLine - 1];
            int end = bodyLine < bodyLineStarts.length ? bodyLineStarts[bodyLine] : body.length();
            int at = body.substring(start, end).indexOf(written.toString());
            if (at >= 0) {
                column = at + 1;
            }
        }
        return new SourcePosition(path, firstLine + bodyLine - 1, column);
    }

    private static int[] lineStarts(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
