package io.github.isms.render;

import io.github.isms.markdown.Heading;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rendered document by id, and the reverse of their references ("referenced by"). The reverse is
 * indexed once, on the first question, so that asking it for each of ten thousand documents costs one
 * pass over them, not one pass each.
 */
public final class RenderedDocuments {

    private final Map<String, RenderedDocument> byId;
    private volatile Referrers referrers;

    public RenderedDocuments(Map<String, RenderedDocument> byId) {
        this.byId = Map.copyOf(byId);
    }

    public Map<String, RenderedDocument> byId() {
        return byId;
    }

    public Optional<RenderedDocument> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<RenderedDocument> all() {
        return byId.values();
    }

    /** Every document's headings by id, unmodifiable. */
    public Map<String, List<Heading>> headings() {
        return byId.values().stream().collect(Collectors.toUnmodifiableMap(RenderedDocument::id, RenderedDocument::headings));
    }

    /** The ids of the documents that refer to document {@code id}, sorted. */
    public List<String> referencing(String id) {
        return referrers().documents.getOrDefault(id, List.of());
    }

    /** The ids of the documents that refer to control {@code id} with {@code [[id]]}, sorted. */
    public List<String> referencingControl(String id) {
        return referrers().controls.getOrDefault(id, List.of());
    }

    /** The ids of the documents that refer to clause {@code id} with {@code [[id]]}, sorted. */
    public List<String> referencingClause(String id) {
        return referrers().clauses.getOrDefault(id, List.of());
    }

    private Referrers referrers() {
        Referrers index = referrers;
        if (index == null) {
            index = new Referrers(index(r -> r.references().documents()), index(r -> r.references().controls()),
                    index(r -> r.references().clauses()));
            referrers = index;
        }
        return index;
    }

    /** Per referenced id, the ids of the documents that refer to it, sorted. */
    private Map<String, List<String>> index(Function<RenderedDocument, Set<String>> targets) {
        Map<String, Set<String>> referrers = new TreeMap<>();
        for (RenderedDocument document : byId.values()) {
            for (String target : targets.apply(document)) {
                referrers.computeIfAbsent(target, k -> new TreeSet<>()).add(document.id());
            }
        }
        return referrers.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private record Referrers(Map<String, List<String>> documents, Map<String, List<String>> controls,
                             Map<String, List<String>> clauses) {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocuments that && byId.equals(that.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedDocuments" + byId.keySet();
    }
}
