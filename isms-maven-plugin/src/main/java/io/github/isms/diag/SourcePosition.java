package io.github.isms.diag;

/**
 * A place in a source file: the path relative to the project (always with {@code /}), and a
 * 1-based line and column.
 */
public record SourcePosition(String path, int line, int column) {

    /**
     * A problem with a file as a whole (missing, unreadable, too large) points at its start, so every
     * diagnostic line keeps the {@code path:line:column} shape that editors and CI bots parse.
     */
    public static SourcePosition file(String path) {
        return new SourcePosition(path, 1, 1);
    }

    /** The same file, {@code lines} further down; used to map a position inside front matter or a body to the file. */
    public SourcePosition shiftedBy(int lines) {
        return new SourcePosition(path, line + lines, column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
