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
 * Parses YAML 1.2 (core schema, so {@code ~} and {@code null} are null) into a node tree that
 * keeps marks, so every value knows its line and column. Only the node tree is built (no Java
 * objects are constructed). Before composing, the text is held to {@link YamlLimits}; an input over
 * them is refused as {@link Code#YAML_LIMIT} at the place it occurs.
 */
public final class YamlParser {

    private YamlParser() {
    }

    /**
     * @param yaml      the YAML text
     * @param path      the file's path as diagnostics show it
     * @param firstLine the file line of the YAML's first line (front matter starts at 2)
     * @return the root mapping (empty when the YAML is empty), or nothing after a diagnostic
     */
    public static Optional<YamlMapping> parseMapping(String yaml, String path, int firstLine, Diagnostics diagnostics) {
        LoadSettings settings = YamlLimits.settings(path, yaml);
        Optional<Node> root;
        try {
            Optional<YamlLimits.Exceeded> exceeded = YamlLimits.check(yaml, settings);
            if (exceeded.isPresent()) {
                diagnostics.report(Code.YAML_LIMIT, exceeded.get().mark().map(m -> at(m, path, firstLine))
                        .orElse(new SourcePosition(path, firstLine, 1)), exceeded.get().message());
                return Optional.empty();
            }
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            diagnostics.report(Code.YAML_SYNTAX, mark.map(m -> at(m, path, firstLine)).orElse(new SourcePosition(path, firstLine, 1)),
                    describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.report(Code.YAML_SYNTAX, new SourcePosition(path, firstLine, 1), "malformed YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(new YamlMapping(null, path, firstLine, diagnostics));
        }
        if (root.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, path, firstLine, diagnostics));
        }
        diagnostics.report(Code.KEY_TYPE, YamlMapping.position(root.get(), path, firstLine),
                "expected a mapping of keys to values at the top level");
        return Optional.empty();
    }

    static SourcePosition at(Mark mark, String path, int firstLine) {
        return new SourcePosition(path, firstLine + mark.getLine(), mark.getColumn() + 1);
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
