package io.github.isms.xref;

import java.util.Set;

/** What one document refers to, by id: other documents, controls and clauses (sorted, without itself). */
public record References(Set<String> documents, Set<String> controls, Set<String> clauses) {

    public References {
        documents = Set.copyOf(documents);
        controls = Set.copyOf(controls);
        clauses = Set.copyOf(clauses);
    }

    public static References none() {
        return new References(Set.of(), Set.of(), Set.of());
    }
}
