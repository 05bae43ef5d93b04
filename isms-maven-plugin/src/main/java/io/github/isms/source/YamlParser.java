package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML 1.2 (core schema, so {@code ~} and {@code null} are null) into a node tree that
 * keeps marks, so every value knows its line and column. Only the node tree is built (no Java
 * objects are constructed). Before composing, the event stream is scanned once for the two inputs
 * that could exhaust a build: aliases to collections ("billion laughs") and deep nesting, which
 * would overflow the composer's recursion. Both are refused as {@link Code#YAML_LIMIT} at the
 * place they occur.
 */
public final class YamlParser {

    /** Real ISMS files use no aliases; a handful is generous, an alias bomb needs thousands. */
    static final int MAX_COLLECTION_ALIASES = 10;
    /** Front matter and isms.yaml nest three or four levels; 50 leaves room and keeps recursion shallow. */
    static final int MAX_NESTING_DEPTH = 50;

    private YamlParser() {
    }

    /**
     * @param yaml      the YAML text
     * @param path      the file's path as diagnostics show it
     * @param firstLine the file line of the YAML's first line (front matter starts at 2)
     * @return the root mapping (empty when the YAML is empty), or nothing after a diagnostic
     */
    public static Optional<YamlMapping> parseMapping(String yaml, String path, int firstLine, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setUseMarks(true)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(Math.max(yaml.length() + 1, 1024))
                .build();
        Optional<Node> root;
        try {
            if (exceedsLimits(settings, yaml, path, firstLine, diagnostics)) {
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

    /**
     * Walks the events (the parser is iterative, so this is safe on any input) and reports the first
     * alias to a collection beyond the limit, or the first collection nested too deep.
     */
    private static boolean exceedsLimits(LoadSettings settings, String yaml, String path, int firstLine, Diagnostics diagnostics) {
        Map<Anchor, Boolean> anchorIsCollection = new HashMap<>();
        int collectionAliases = 0;
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            if (event instanceof AliasEvent alias) {
                if (anchorIsCollection.getOrDefault(alias.getAlias(), false) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    return refuse(event, path, firstLine, diagnostics, "more than " + MAX_COLLECTION_ALIASES
                            + " aliases to lists or mappings; refused because repeated expansion (\"billion laughs\") can exhaust memory");
                }
            } else if (event instanceof NodeEvent node) {
                node.getAnchor().ifPresent(anchor -> anchorIsCollection.put(anchor, event instanceof CollectionStartEvent));
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING_DEPTH) {
                return refuse(event, path, firstLine, diagnostics, "lists or mappings nested more than " + MAX_NESTING_DEPTH
                        + " levels deep; refused as a safety limit");
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return false;
    }

    private static boolean refuse(Event event, String path, int firstLine, Diagnostics diagnostics, String message) {
        SourcePosition position = event.getStartMark().map(m -> at(m, path, firstLine)).orElse(new SourcePosition(path, firstLine, 1));
        diagnostics.report(Code.YAML_LIMIT, position, message);
        return true;
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
