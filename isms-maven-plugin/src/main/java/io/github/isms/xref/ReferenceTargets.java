package io.github.isms.xref;

import java.util.Map;
import java.util.Optional;

/**
 * The controls and clauses that {@code [[A.5.15]]} and {@code [[7.5.3]]} may name. The control
 * catalog of the active framework implements this; {@link #of} serves tests and small setups.
 */
public interface ReferenceTargets {

    /** The title of a control of the active catalog, or empty when there is no such control. */
    Optional<String> controlTitle(String id);

    /**
     * The title of a control in a language (a document's {@code language}), where the catalog translates it; else
     * as {@link #controlTitle(String)}.
     */
    default Optional<String> controlTitle(String id, String language) {
        return controlTitle(id);
    }

    /** The title of a clause of the management system standard, or empty when there is none. */
    Optional<String> clauseTitle(String id);

    static ReferenceTargets of(Map<String, String> controls, Map<String, String> clauses) {
        return new MapReferenceTargets(Map.copyOf(controls), Map.copyOf(clauses));
    }

    /** No controls and no clauses: every {@code [[A.x]]} is an error. */
    static ReferenceTargets none() {
        return of(Map.of(), Map.of());
    }
}

record MapReferenceTargets(Map<String, String> controls, Map<String, String> clauses) implements ReferenceTargets {

    @Override
    public Optional<String> controlTitle(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    @Override
    public Optional<String> clauseTitle(String id) {
        return Optional.ofNullable(clauses.get(id));
    }
}
