package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses YAML 1.2 into a node tree that keeps marks, so every value knows its line and column.
 * Only the node tree is built (no Java objects are constructed), and aliases to collections are
 * capped: a "billion laughs" document is refused instead of expanded.
 */
public final class YamlParser {

    /** Real ISMS files use no aliases; a handful is generous, an alias bomb needs thousands. */
    static final int MAX_COLLECTION_ALIASES = 10;

    private YamlParser() {
    }

    /**
     * @param yaml      the YAML text
     * @param path      the file's path as diagnostics show it
     * @param firstLine the file line of the YAML's first line (front matter starts at 2)
     * @return the root mapping, or empty after a diagnostic
     */
    public static Optional<YamlMapping> parseMapping(String yaml, String path, int firstLine, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setUseMarks(true)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(Math.max(yaml.length() + 1, 1024))
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            SourcePosition at = mark.map(m -> new SourcePosition(path, firstLine + m.getLine(), m.getColumn() + 1))
                    .orElse(new SourcePosition(path, firstLine, 1));
            diagnostics.report(codeOf(e), at, describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.report(codeOf(e), new SourcePosition(path, firstLine, 1), "malformed YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMapping.empty(path, firstLine));
        }
        if (root.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, path, firstLine, diagnostics));
        }
        diagnostics.report(Code.KEY_TYPE, YamlMapping.position(root.get(), path, firstLine),
                "expected a mapping of keys to values at the top level");
        return Optional.empty();
    }

    /** A refused alias expansion is a safety limit, not a typo: say so. */
    private static Code codeOf(YamlEngineException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("alias") || message.contains("code point") ? Code.YAML_LIMIT : Code.YAML_SYNTAX;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = (context.isEmpty() ? problem : context + ": " + problem);
        return "malformed YAML: " + oneLine(text.isBlank() ? String.valueOf(e.getMessage()) : text);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
