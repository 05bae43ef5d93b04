package io.github.isms.catalog;

import io.github.isms.xref.ReferenceTargets;
import java.util.Optional;

/**
 * What {@code [[A.5.15]]} and {@code [[7.5.3]]} may name: the controls of the framework and the
 * own catalogs, and the clauses of the framework's edition (each has its page).
 */
public record CatalogTargets(CatalogSet catalogs) implements ReferenceTargets {

    @Override
    public Optional<String> controlTitle(String id) {
        return catalogs.control(id).map(Control::title);
    }

    @Override
    public Optional<String> controlTitle(String id, String language) {
        return catalogs.control(id).map(c -> c.title(language));
    }

    @Override
    public Optional<String> clauseTitle(String id) {
        return catalogs.framework().clause(id).map(Clause::title);
    }
}
