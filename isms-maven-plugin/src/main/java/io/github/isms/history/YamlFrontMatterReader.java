package io.github.isms.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
public final class YamlFrontMatterReader implements FrontMatterReader {

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(1 << 20)
            .build();

    private static final Pattern SIMPLE_LINE = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+([A-Za-z0-9][A-Za-z0-9._/+-]*(?: [A-Za-z0-9._/+()-]+)*|\\[[A-Za-z0-9._/+ ,-]*\\])[ \\t]*");
    private static final Set<String> KEYS = Set.of("id", "version", "title", "status", "approvers");

    @Override
    public Optional<FrontMatter> read(byte[] content) {
        Optional<String> yaml = frontMatterText(new String(content, 0, headLength(content), StandardCharsets.UTF_8));
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> simple = readSimple(yaml.get());
        return simple != null ? simple : readYaml(yaml.get());
    }

    /** The bytes up to and including the closing delimiter line, so that a long body is never decoded. */
    private static int headLength(byte[] content) {
        int lineStart = 0;
        int line = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (line > 0 && isDelimiter(content, lineStart, i)) {
                    return i + 1;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return content.length;
    }

    private static boolean isDelimiter(byte[] content, int from, int to) {
        if (to - from < 3 || (content[from] != '-' && content[from] != '.')
                || content[from + 1] != content[from] || content[from + 2] != content[from]) {
            return false;
        }
        for (int i = from + 3; i < to; i++) {
            if (content[i] != ' ' && content[i] != '\t' && content[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Null when a line is not of the simple kind; SnakeYAML then decides. */
    private static Optional<FrontMatter> readSimple(String yaml) {
        Map<String, String> values = new HashMap<>();
        for (String line : yaml.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = SIMPLE_LINE.matcher(line);
            if (!m.matches() || m.group(2).contains(" #") || values.containsKey(m.group(1))) {
                return null;
            }
            if (KEYS.contains(m.group(1)) || !m.group(2).startsWith("[")) {
                values.put(m.group(1), m.group(2));
            } else {
                values.put(m.group(1), "");
            }
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
        return Optional.of(new FrontMatter(id, values.get("version"), values.get("title"), values.get("status"),
                roles));
    }

    /** Plain scalars YAML would not read as the same text in every schema; leave them to SnakeYAML. */
    private static boolean isSpecialPlain(String value) {
        return value.equals("-") || value.startsWith("-") && value.length() > 1 && !Character.isDigit(value.charAt(1));
    }

    static Optional<FrontMatter> readYaml(String text) {
        Optional<String> yaml = Optional.of(text);
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml.get());
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
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
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
        return Optional.of(new FrontMatter(id.strip(), version, title, status, approvers));
    }

    /** The text between a first line {@code ---} and the next line {@code ---} or {@code ...}. */
    static Optional<String> frontMatterText(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstEnd = s.indexOf('\n');
        if (firstEnd < 0 || !s.substring(0, firstEnd).strip().equals("---")) {
            return Optional.empty();
        }
        int start = firstEnd + 1;
        int lineStart = start;
        while (lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            String line = (lineEnd < 0 ? s.substring(lineStart) : s.substring(lineStart, lineEnd)).strip();
            if (line.equals("---") || line.equals("...")) {
                return Optional.of(s.substring(start, lineStart));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static List<String> scalars(Node node) {
        List<String> values = new ArrayList<>();
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            values.add(scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String value = scalar(item);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
