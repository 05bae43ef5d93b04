package io.github.isms.markdown;

import io.github.isms.diag.SourcePosition;
import java.util.Arrays;

/**
 * Maps character offsets of a document body to file positions. A body starts at
 * {@code firstLine} of its file, so an offset on the body's line 1 is reported on that file line.
 */
public final class LineIndex {

    private final String path;
    private final int firstLine;
    private final int[] lineStarts;

    public LineIndex(String path, int firstLine, CharSequence text) {
        this.path = path;
        this.firstLine = firstLine;
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
        return new SourcePosition(path, firstLine + line, offset - lineStarts[line] + 1);
    }

    /** The file position of a body line (1-based) and column. */
    public SourcePosition atLine(int bodyLine, int column) {
        return new SourcePosition(path, firstLine + bodyLine - 1, column);
    }
}
