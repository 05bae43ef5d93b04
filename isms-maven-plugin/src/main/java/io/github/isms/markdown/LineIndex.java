package io.github.isms.markdown;

import io.github.isms.diag.SourcePosition;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Maps character offsets of a document body to file positions. A body starts at
 * {@code firstLine} of its file, so an offset on the body's line 1 is reported on that file line.
 * When the text was produced from the body (placeholders expanded), {@code bodyLineOf} says which
 * body line each of its lines came from.
 */
public final class LineIndex {

    private final String path;
    private final int firstLine;
    private final int[] lineStarts;
    private final IntUnaryOperator bodyLineOf;

    public LineIndex(String path, int firstLine, CharSequence text) {
        this(path, firstLine, text, IntUnaryOperator.identity());
    }

    /** @param bodyLineOf the body line (1-based) of each line (1-based) of {@code text} */
    public LineIndex(String path, int firstLine, CharSequence text, IntUnaryOperator bodyLineOf) {
        this.path = path;
        this.firstLine = firstLine;
        this.bodyLineOf = bodyLineOf;
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
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The file position of a body offset; columns count characters from 1. */
    public SourcePosition at(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePosition(path, firstLine + bodyLineOf.applyAsInt(line + 1) - 1, offset - lineStarts[line] + 1);
    }
}
