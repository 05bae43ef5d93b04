package io.github.isms.history;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read.
 *
 * @param documentsDir the folder of documents on disk; the repository is found from it upwards, so an
 *                     ISMS may live in a sub-folder of a larger repository
 */
public record HistoryRequest(Path documentsDir, ApprovalRules rules, FrontMatterReader reader,
        ShallowCloneMode shallowCloneMode) {

    public HistoryRequest {
        Objects.requireNonNull(documentsDir, "documentsDir");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(shallowCloneMode, "shallowCloneMode");
    }

    public HistoryRequest(Path documentsDir, ApprovalRules rules) {
        this(documentsDir, rules, new YamlFrontMatterReader(), ShallowCloneMode.FAIL);
    }

    public HistoryRequest withShallowCloneMode(ShallowCloneMode mode) {
        return new HistoryRequest(documentsDir, rules, reader, mode);
    }
}
