package io.github.isms.wordimport;

import io.github.isms.source.SourceLayout;
import java.nio.file.Path;

/**
 * What isms:import is asked to do.
 *
 * @param layout where the ISMS is; documents go under its documents folder, images under its {@code assets/}
 * @param from   one Word file, or a folder whose Word files (not its subfolders) are imported
 * @param limits the safety limits for each file
 */
public record ImportRequest(SourceLayout layout, Path from, ImportLimits limits) {

    public ImportRequest(SourceLayout layout, Path from) {
        this(layout, from, ImportLimits.defaults());
    }

    public ImportRequest {
        if (from == null) {
            throw new IllegalArgumentException("from: name a .docx file or a folder of them");
        }
        from = from.toAbsolutePath().normalize();
    }
}
