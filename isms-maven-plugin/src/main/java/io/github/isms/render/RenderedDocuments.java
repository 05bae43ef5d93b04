package io.github.isms.render;

import io.github.isms.markdown.Heading;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rendered document by id, and the reverse of their references ("referenced by"). */
public record RenderedDocuments(Map<String, RenderedDocument> byId) {

    public RenderedDocuments {
        byId = Map.copyOf(byId);
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
        return referencing(r -> r.references().documents().contains(id));
    }

    /** The ids of the documents that refer to control {@code id} with {@code [[id]]}, sorted. */
    public List<String> referencingControl(String id) {
        return referencing(r -> r.references().controls().contains(id));
    }

    /** The ids of the documents that refer to clause {@code id} with {@code [[id]]}, sorted. */
    public List<String> referencingClause(String id) {
        return referencing(r -> r.references().clauses().contains(id));
    }

    private List<String> referencing(Function<RenderedDocument, Boolean> refers) {
        return byId.values().stream().filter(refers::apply).map(RenderedDocument::id).sorted().toList();
    }
}
