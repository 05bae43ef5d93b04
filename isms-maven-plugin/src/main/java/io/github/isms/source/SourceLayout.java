package io.github.isms.source;

import java.nio.file.Path;

/**
 * Where an ISMS's sources lie. By default {@code src/isms/} with {@code documents/} inside it,
 * as the user guide's configuration page documents them.
 */
public record SourceLayout(Path projectDir, Path ismsDir, Path documentsDir, long maxFileBytes) {

    public static SourceLayout defaults(Path projectDir) {
        Path isms = projectDir.resolve("src/isms");
        return new SourceLayout(projectDir, isms, isms.resolve("documents"), SourceReader.DEFAULT_MAX_BYTES);
    }

    public SourceLayout {
        projectDir = projectDir.toAbsolutePath().normalize();
        ismsDir = ismsDir.toAbsolutePath().normalize();
        documentsDir = documentsDir.toAbsolutePath().normalize();
    }
}
