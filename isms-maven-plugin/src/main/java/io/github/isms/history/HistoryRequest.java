package io.github.isms.history;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read.
 *
 * @param documentsDir the folder of documents on disk; the repository is found from it upwards, so an
 *                     ISMS may live in a sub-folder of a larger repository
 * @param tracked      which files of that folder are documents: Markdown files at any depth, or one named file
 * @param configFile   isms.yaml on disk, whose past contents give the rules in force before each change; null
 *                     when the rules come from elsewhere (then {@code rules} judge every change)
 * @param rulesReader  reads a past isms.yaml into rules; null together with {@code configFile}
 */
public record HistoryRequest(Path documentsDir, ApprovalRules rules, FrontMatterReader reader,
        ShallowCloneMode shallowCloneMode, TrackedFiles tracked, Path configFile, RulesReader rulesReader) {

    public HistoryRequest {
        Objects.requireNonNull(documentsDir, "documentsDir");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(shallowCloneMode, "shallowCloneMode");
        Objects.requireNonNull(tracked, "tracked");
        if ((configFile == null) != (rulesReader == null)) {
            throw new IllegalArgumentException("configFile and rulesReader go together");
        }
    }

    public HistoryRequest(Path documentsDir, ApprovalRules rules, FrontMatterReader reader,
            ShallowCloneMode shallowCloneMode) {
        this(documentsDir, rules, reader, shallowCloneMode, TrackedFiles.markdown(), null, null);
    }

    public HistoryRequest(Path documentsDir, ApprovalRules rules) {
        this(documentsDir, rules, new YamlFrontMatterReader(), ShallowCloneMode.FAIL);
    }

    public HistoryRequest withShallowCloneMode(ShallowCloneMode mode) {
        return new HistoryRequest(documentsDir, rules, reader, mode, tracked, configFile, rulesReader);
    }

    /**
     * The same request for one file directly in {@code folder}, read by {@code fileReader}: a controlled
     * file that is not a Markdown document (soa.yaml) gets its versions and approvals by the same rules.
     */
    public HistoryRequest forFile(Path folder, String fileName, FrontMatterReader fileReader) {
        return new HistoryRequest(folder, rules, fileReader, shallowCloneMode, TrackedFiles.named(fileName), configFile,
                rulesReader);
    }

    /** Judges each change by the rules of {@code isms.yaml} as it stood at the change's first parent. */
    public HistoryRequest withRulesInForce(Path isms, RulesReader parser) {
        return new HistoryRequest(documentsDir, rules, reader, shallowCloneMode, tracked, isms, parser);
    }
}
