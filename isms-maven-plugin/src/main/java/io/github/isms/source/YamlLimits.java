package io.github.isms.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The safety limits of every YAML the plugin reads (isms.yaml, soa.yaml, risks.yaml, catalogs, and
 * front matter by the loader and by history alike). Before a node tree is composed, the events are
 * walked once (the parser is iterative, so this is safe on any input) for the inputs that could exhaust
 * a build:
 * <ul>
 * <li>aliases to lists or mappings ("billion laughs"): more than {@link #MAX_COLLECTION_ALIASES};</li>
 * <li>expansion: every alias counts as the text it stands for, scalars too, so one anchor on a
 *     megabyte with thousands of aliases is refused although the tree shares the one string (whoever
 *     prints it would not); the whole may exceed the text by {@link #MAX_ADDED_CHARS};</li>
 * <li>nesting deeper than {@link #MAX_NESTING_DEPTH}, which would overflow the composer's recursion.</li>
 * </ul>
 */
public final class YamlLimits {

    /** Real ISMS files use no aliases; a handful is generous, an alias bomb needs thousands. */
    static final int MAX_COLLECTION_ALIASES = 10;
    /** What aliases may add to a file's size when every alias is replaced by what it stands for. */
    static final long MAX_ADDED_CHARS = 1_000_000;
    /** Front matter and isms.yaml nest three or four levels; 50 leaves room and keeps recursion shallow. */
    static final int MAX_NESTING_DEPTH = 50;

    /** The first limit a YAML text exceeds: where, and what to say. */
    public record Exceeded(Optional<Mark> mark, String message) {
    }

    private YamlLimits() {
    }

    /** The settings every reader composes with: YAML 1.2 core schema, marks kept, the alias limit. */
    public static LoadSettings settings(String label, String yaml) {
        return LoadSettings.builder()
                .setLabel(label)
                .setUseMarks(true)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(Math.max(yaml.length() + 1, 1024))
                .build();
    }

    /**
     * The first limit {@code yaml} exceeds, or nothing. A syntax error is thrown by the parser as
     * SnakeYAML's own exception, for the caller to report.
     */
    public static Optional<Exceeded> check(String yaml, LoadSettings settings) {
        Map<Anchor, Long> anchorSize = new HashMap<>();
        Map<Anchor, Boolean> anchorIsCollection = new HashMap<>();
        // The expanded size of each open collection, innermost on top; the bottom is the whole stream.
        Deque<long[]> open = new ArrayDeque<>();
        Deque<Optional<Anchor>> openAnchors = new ArrayDeque<>();
        open.push(new long[1]);
        long allowed = yaml.length() + MAX_ADDED_CHARS;
        int collectionAliases = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            long size = 0;
            if (event instanceof AliasEvent alias) {
                if (anchorIsCollection.getOrDefault(alias.getAlias(), false) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    return exceeded(event, "more than " + MAX_COLLECTION_ALIASES + " aliases to lists or mappings; "
                            + "refused because repeated expansion (\"billion laughs\") can exhaust memory");
                }
                size = anchorSize.getOrDefault(alias.getAlias(), 1L);
            } else if (event instanceof ScalarEvent scalar) {
                size = Math.max(1, scalar.getValue().length());
                scalar.getAnchor().ifPresent(anchor -> remember(anchor, Math.max(1, scalar.getValue().length()), false,
                        anchorSize, anchorIsCollection));
            } else if (event instanceof CollectionStartEvent start) {
                if (open.size() > MAX_NESTING_DEPTH) {
                    return exceeded(event, "lists or mappings nested more than " + MAX_NESTING_DEPTH
                            + " levels deep; refused as a safety limit");
                }
                open.push(new long[] {1});
                openAnchors.push(start.getAnchor());
                start.getAnchor().ifPresent(anchor -> anchorIsCollection.put(anchor, true));
                continue;
            } else if (event instanceof CollectionEndEvent && open.size() > 1) {
                size = open.pop()[0];
                long collection = size;
                openAnchors.pop().ifPresent(anchor -> remember(anchor, collection, true, anchorSize, anchorIsCollection));
            } else if (event instanceof NodeEvent node) {
                node.getAnchor().ifPresent(anchor -> anchorIsCollection.put(anchor, false));
            }
            long[] enclosing = open.peek();
            enclosing[0] += size;
            if (enclosing[0] > allowed) {
                return exceeded(event, "aliases expand this YAML by more than " + MAX_ADDED_CHARS
                        + " characters; refused because whoever reads the values would hold every copy");
            }
        }
        return Optional.empty();
    }

    private static void remember(Anchor anchor, long size, boolean collection, Map<Anchor, Long> anchorSize,
            Map<Anchor, Boolean> anchorIsCollection) {
        anchorSize.put(anchor, size);
        anchorIsCollection.put(anchor, collection);
    }

    private static Optional<Exceeded> exceeded(Event event, String message) {
        return Optional.of(new Exceeded(event.getStartMark(), message));
    }
}
