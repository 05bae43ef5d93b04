package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read with types and places. Scalars are read as the raw text that was written
 * ({@code version: 1.10} is "1.10", never the number 1.1); a value of the wrong shape is reported
 * as {@link Code#KEY_TYPE} at the value and read as absent, so one bad key never hides the others.
 */
public final class YamlMapping {

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final MappingNode node;
    private final String path;
    private final int firstLine;
    private final Diagnostics diagnostics;

    YamlMapping(MappingNode node, String path, int firstLine, Diagnostics diagnostics) {
        this.node = node;
        this.path = path;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
        if (node != null) {
            for (NodeTuple tuple : node.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    diagnostics.report(Code.KEY_TYPE, position(tuple.getKeyNode()), "a key must be a plain name");
                } else if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                    diagnostics.report(Code.KEY_DUPLICATE, position(key), "key '" + key.getValue() + "' is given twice");
                }
            }
        }
    }

    public String path() {
        return path;
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Where the mapping starts (its first key), or the first line of the YAML for an empty one. */
    public SourcePosition start() {
        return node == null ? new SourcePosition(path, firstLine, 1) : position(node);
    }

    /** Where a key is written; the mapping's start when the key is absent. */
    public SourcePosition keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? start() : position(tuple.getKeyNode());
    }

    /** Where a key's value is written; the mapping's start when the key is absent. */
    public SourcePosition valuePosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? start() : position(tuple.getValueNode());
    }

    /** Reports every key outside {@code known} as a warning: usually a typo that would silently do nothing. */
    public void warnUnknownKeys(Collection<String> known, String where) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                diagnostics.report(Code.KEY_UNKNOWN, keyPosition(key), "unknown key '" + key + "' in " + where
                        + "; known keys: " + String.join(", ", known));
            }
        }
    }

    /**
     * Takes out a key whose value is the placeholder {@code TODO} (alone, or as the only item of a
     * list), so the key reads as absent; where it was written, when it was.
     */
    public Optional<SourcePosition> removeTodo(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof SequenceNode sequence && sequence.getValue().size() == 1) {
            value = sequence.getValue().get(0);
        }
        if (value instanceof ScalarNode scalar && scalar.getValue().strip().equals("TODO")) {
            entries.remove(key);
            return Optional.of(position(scalar));
        }
        return Optional.empty();
    }

    /** Whether the key's value is a mapping, for keys that take one of several shapes. */
    public boolean holdsMapping(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    /** Whether the key's value is a list. */
    public boolean holdsList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    public Optional<Located<String>> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(new Located<>(scalar.getValue().strip(), position(scalar)));
        }
        wrongType(key, tuple.getValueNode(), "a single value (text)");
        return Optional.empty();
    }

    /** Reports a missing key, and returns the value when present. */
    public Optional<Located<String>> requiredString(String key, String where) {
        if (!has(key)) {
            diagnostics.report(Code.KEY_REQUIRED, start(), "missing required key '" + key + "' in " + where);
            return Optional.empty();
        }
        Optional<Located<String>> value = string(key);
        if (isNull(entries.get(key).getValueNode()) || value.filter(v -> v.value().isEmpty()).isPresent()) {
            diagnostics.report(Code.VALUE_EMPTY, keyPosition(key), "'" + key + "' must have a value");
            return Optional.empty();
        }
        return value;
    }

    /** A list of scalars; a single scalar is read as a list of one, which is how people write one approver. */
    public Optional<List<Located<String>>> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return Optional.of(List.of(new Located<>(scalar.getValue().strip(), position(scalar))));
        }
        if (value instanceof SequenceNode sequence) {
            List<Located<String>> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (isNull(item)) {
                    diagnostics.report(Code.VALUE_EMPTY, position(item), "'" + key + "' has an empty item");
                } else if (item instanceof ScalarNode scalar) {
                    items.add(new Located<>(scalar.getValue().strip(), position(scalar)));
                } else {
                    diagnostics.report(Code.KEY_TYPE, position(item), "'" + key + "' must be a list of single values");
                }
            }
            return Optional.of(List.copyOf(items));
        }
        wrongType(key, value, "a list of values");
        return Optional.empty();
    }

    /** Whether a key's value is a mapping, for a value that may be written either as text or as a mapping. */
    public boolean isMapping(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    public Optional<YamlMapping> mapping(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, path, firstLine, diagnostics));
        }
        wrongType(key, tuple.getValueNode(), "a mapping of keys to values");
        return Optional.empty();
    }

    /** A list of mappings, e.g. the risks of risks.yaml; an item of another shape is reported and left out. */
    public Optional<List<YamlMapping>> mappings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            wrongType(key, tuple.getValueNode(), "a list of mappings");
            return Optional.empty();
        }
        List<YamlMapping> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(new YamlMapping(mapping, path, firstLine, diagnostics));
            } else {
                diagnostics.report(Code.KEY_TYPE, position(item), "each item of '" + key + "' must be a mapping of keys to values, not "
                        + (isNull(item) ? "an empty item" : describe(item)));
            }
        }
        return Optional.of(List.copyOf(items));
    }

    /** Each entry of a mapping whose values are lists, e.g. roles: {CISO: [alice@example.com]}. */
    public Map<Located<String>, List<Located<String>>> mapOfStringLists(String key) {
        Map<Located<String>, List<Located<String>>> result = new LinkedHashMap<>();
        mapping(key).ifPresent(inner -> {
            for (String name : inner.keys()) {
                result.put(new Located<>(name, inner.keyPosition(name)), inner.strings(name).orElse(List.of()));
            }
        });
        return result;
    }

    private void wrongType(String key, Node value, String expected) {
        diagnostics.report(Code.KEY_TYPE, position(value),
                "'" + key + "' must be " + expected + ", not " + describe(value));
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return "a single value";
    }

    /** An empty value, {@code ~} or {@code null} (YAML 1.2 core schema); a quoted "null" is text. */
    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private SourcePosition position(Node node) {
        return position(node, path, firstLine);
    }

    static SourcePosition position(Node node, String path, int firstLine) {
        return node.getStartMark()
                .map(mark -> YamlParser.at(mark, path, firstLine))
                .orElse(new SourcePosition(path, firstLine, 1));
    }
}
