package io.github.isms.diag;

/**
 * A place in a source file: the path relative to the project (always with {@code /}), and a
 * 1-based line and column. Line 0 means "the file as a whole".
 */
public record SourcePosition(String path, int line, int column) {

    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    /** The same file, {@code lines} further down; used to map a position inside front matter or a body to the file. */
    public SourcePosition shiftedBy(int lines) {
        return new SourcePosition(path, line + lines, column);
    }

    @Override
    public String toString() {
        return line <= 0 ? path : path + ":" + line + ":" + column;
    }
}
