package io.github.isms.history;

import io.github.isms.source.FrontMatterSyntax;
import io.github.isms.source.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code id}, {@code version}, {@code title}, {@code status} and {@code approvers} from a
 * {@code ---} delimited YAML front matter. It composes nodes instead of constructing objects so that a
 * version stays the text the author wrote: {@code 1.10} is not the float {@code 1.1}.
 *
 * <p>History reads thousands of front matters, so only the front matter is decoded, and one whose every
 * line is a plain {@code key: value} or {@code key: [a, b]} is read directly: YAML gives such lines the
 * same meaning. Anything else (quotes, comments, nesting, block lists) goes through SnakeYAML Engine.
 * Fences, byte-order mark and YAML limits are the loader's own ({@link FrontMatterSyntax},
 * {@link YamlLimits}), so history and the build read a document alike.
 */
public final class YamlFrontMatterReader implements FrontMatterReader {

    private static final Set<String> KEYS = Set.of("id", "version", "title", "status", "approvers");

    @Override
    public Optional<ControlKeys> read(byte[] content) {
        Optional<String> yaml = frontMatterText(new String(content, 0, FrontMatterSyntax.headLength(content), StandardCharsets.UTF_8));
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        Optional<ControlKeys> simple = readSimple(yaml.get());
        return (simple != null ? simple : readYaml(yaml.get())).map(keys -> keys.withSubstance(Substance.of(content)));
    }

    /** Null when a line is not of the simple kind; SnakeYAML then decides. */
    private static Optional<ControlKeys> readSimple(String yaml) {
        Map<String, String> values = new HashMap<>();
        for (int start = 0; start < yaml.length(); ) {
            int newline = yaml.indexOf('\n', start);
            int end = newline < 0 ? yaml.length() : newline;
            int lineEnd = newline > start && yaml.charAt(newline - 1) == '\r' ? newline - 1 : end;
            if (lineEnd > start) {
                int colon = keyEnd(yaml, start, lineEnd);
                String value = colon < 0 ? null : simpleValue(yaml, colon + 1, lineEnd);
                if (value == null) {
                    return null;
                }
                String key = yaml.substring(start, colon);
                if (values.containsKey(key)) {
                    return null;
                }
                values.put(key, KEYS.contains(key) || value.charAt(0) != '[' ? value : "");
            }
            start = end + 1;
        }
        String id = values.get("id");
        if (id == null || id.startsWith("[")) {
            return id == null ? Optional.empty() : null;
        }
        for (String key : List.of("version", "title", "status")) {
            String value = values.get(key);
            if (value != null && (value.startsWith("[") || isSpecialPlain(value))) {
                return null;
            }
        }
        String approvers = values.getOrDefault("approvers", "[]");
        List<String> roles = new ArrayList<>();
        if (approvers.startsWith("[")) {
            String inner = approvers.substring(1, approvers.length() - 1);
            for (String role : inner.isBlank() ? new String[0] : inner.split(",", -1)) {
                if (role.isBlank() || role.strip().startsWith("-")) {
                    return null;
                }
                roles.add(role.strip());
            }
        } else {
            roles.add(approvers);
        }
        if (isSpecialPlain(id)) {
            return null;
        }
        return Optional.of(new ControlKeys(id, values.get("version"), values.get("title"), values.get("status"),
                roles));
    }

    /** Plain scalars YAML would not read as the same text in every schema; leave them to SnakeYAML. */
    private static boolean isSpecialPlain(String value) {
        return value.equals("-") || value.startsWith("-") && value.length() > 1 && !Character.isDigit(value.charAt(1));
    }

    /*
     * A simple line is, as a regular expression, KEY ':' [ \t]+ VALUE [ \t]* where KEY is
     * [A-Za-z_][A-Za-z0-9_-]* and VALUE either a flow list \[[A-Za-z0-9._/+ ,-]*\] or a plain scalar
     * [A-Za-z0-9][A-Za-z0-9._/+-]*( [A-Za-z0-9._/+()-]+)*: no quotes, comments or characters YAML gives a
     * meaning. Matched by hand, as history reads thousands of front matters and a regex was a hot spot.
     */

    /** The index of the colon after a key at {@code from}, or -1 when the line does not start with one. */
    private static int keyEnd(String line, int from, int to) {
        if (!isLetter(line.charAt(from)) && line.charAt(from) != '_') {
            return -1;
        }
        int i = from + 1;
        while (i < to && (isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_' || line.charAt(i) == '-')) {
            i++;
        }
        return i < to && line.charAt(i) == ':' ? i : -1;
    }

    /** The value of a simple line after its colon, or null when it is not one. */
    private static String simpleValue(String line, int from, int to) {
        int start = from;
        while (start < to && isBlank(line.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        if (start == from || start == end) {
            return null;
        }
        boolean valid = line.charAt(start) == '[' ? isFlowList(line, start, end) : isPlainScalar(line, start, end);
        return valid ? line.substring(start, end) : null;
    }

    private static boolean isFlowList(String line, int start, int end) {
        if (end - start < 2 || line.charAt(end - 1) != ']') {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = line.charAt(i);
            if (!isScalarChar(c) && c != ' ' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** Words of scalar characters one space apart; brackets may not appear in the first word. */
    private static boolean isPlainScalar(String line, int start, int end) {
        if (!isLetterOrDigit(line.charAt(start))) {
            return false;
        }
        boolean firstWord = true;
        for (int i = start + 1; i < end; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (line.charAt(i - 1) == ' ') {
                    return false;
                }
                firstWord = false;
            } else if (!isScalarChar(c) && (firstWord || c != '(' && c != ')')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalarChar(char c) {
        return isLetterOrDigit(c) || c == '.' || c == '_' || c == '/' || c == '+' || c == '-';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static Optional<ControlKeys> readYaml(String yaml) {
        Optional<Node> root;
        try {
            LoadSettings settings = YamlLimits.settings("front matter", yaml);
            if (YamlLimits.check(yaml, settings).isPresent()) {
                return Optional.empty();
            }
            root = new Compose(settings).composeString(yaml);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        String id = null;
        String version = null;
        String title = null;
        String status = null;
        List<String> approvers = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            if (!keys.add(key.getValue())) {
                // The loader refuses a key given twice (YAML has no meaning for it), so history does too.
                return Optional.empty();
            }
            Node value = tuple.getValueNode();
            switch (key.getValue()) {
                case "id" -> id = scalar(value);
                case "version" -> version = scalar(value);
                case "title" -> title = scalar(value);
                case "status" -> status = scalar(value);
                case "approvers" -> approvers = scalars(value);
                default -> { }
            }
        }
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        // Values are read as the loader reads them: without surrounding blanks.
        return Optional.of(new ControlKeys(id.strip(), strip(version), title, strip(status), approvers));
    }

    /** The front matter of a text by the loader's grammar, {@link FrontMatterSyntax}. */
    static Optional<String> frontMatterText(String text) {
        FrontMatterSyntax.Split split = FrontMatterSyntax.splitRaw(text);
        return split.found() ? Optional.of(split.yaml()) : Optional.empty();
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static List<String> scalars(Node node) {
        List<String> values = new ArrayList<>();
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            values.add(scalar.getValue().strip());
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String value = scalar(item);
                if (value != null) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }
}
