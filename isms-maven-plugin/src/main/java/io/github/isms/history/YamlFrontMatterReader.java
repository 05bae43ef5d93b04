package io.github.isms.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 */
public final class YamlFrontMatterReader implements FrontMatterReader {

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(1 << 20)
            .build();

    @Override
    public Optional<FrontMatter> read(byte[] content) {
        Optional<String> yaml = frontMatterText(new String(content, StandardCharsets.UTF_8));
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
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
