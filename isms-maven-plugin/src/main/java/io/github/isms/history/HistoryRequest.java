package io.github.isms.history;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read.
 *
 * @param documentsDir the folder of documents on disk; the repository is found from it upwards, so an
 *                     ISMS may live in a sub-folder of a larger repository
 * @param rules        the rules of the configuration being built; they judge changes made before the
 *                     repository had an isms.yaml at {@code configFile}, and name the approval branch
 * @param configFile   isms.yaml on disk, whose past contents give the rules in force before each change; null
 *                     when the rules come from elsewhere (then {@code rules} judge every change)
 * @param rulesReader  reads a past isms.yaml into rules; null together with {@code configFile}
 */
public record HistoryRequest(Path documentsDir, ApprovalRules rules, FrontMatterReader reader,
        ShallowCloneMode shallowCloneMode, Path configFile, RulesReader rulesReader) {

    public HistoryRequest {
        Objects.requireNonNull(documentsDir, "documentsDir");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(shallowCloneMode, "shallowCloneMode");
        if ((configFile == null) != (rulesReader == null)) {
            throw new IllegalArgumentException("configFile and rulesReader go together");
        }
    }

    public HistoryRequest(Path documentsDir, ApprovalRules rules, FrontMatterReader reader,
            ShallowCloneMode shallowCloneMode) {
        this(documentsDir, rules, reader, shallowCloneMode, null, null);
    }

    public HistoryRequest(Path documentsDir, ApprovalRules rules) {
        this(documentsDir, rules, new YamlFrontMatterReader(), ShallowCloneMode.FAIL);
    }

    public HistoryRequest withShallowCloneMode(ShallowCloneMode mode) {
        return new HistoryRequest(documentsDir, rules, reader, mode, configFile, rulesReader);
    }

    /** Judges each change by the rules of {@code isms.yaml} as it stood at the change's first parent. */
    public HistoryRequest withRulesInForce(Path isms, RulesReader parser) {
        return new HistoryRequest(documentsDir, rules, reader, shallowCloneMode, isms, parser);
    }
}
