package io.github.isms.source;

import io.github.isms.diag.SourcePosition;
import java.nio.file.Path;

/**
 * A text file of the ISMS, decoded as UTF-8 with any byte order mark removed and line endings
 * normalised to {@code \n} (so CRLF files keep their line numbers).
 *
 * @param file         where it lies on disk
 * @param relativePath the path shown in diagnostics: relative to the project, with {@code /}
 * @param text         the normalised text
 */
public record SourceFile(Path file, String relativePath, String text) {

    public SourcePosition at(int line, int column) {
        return new SourcePosition(relativePath, line, column);
    }

    public SourcePosition whole() {
        return SourcePosition.file(relativePath);
    }
}
