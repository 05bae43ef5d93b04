package io.github.isms.catalog;

import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogs an ISMS works with: the framework's edition (selected by {@code framework:} in
 * isms.yaml) and the organisation's own catalogs (listed under {@code catalogs:}). Documents name
 * controls of any of them in {@code controls:} and {@code [[id]]}.
 *
 * @param missingMandatory how {@code isms:check} reports a missing mandatory item ({@code mandatoryDocuments:});
 *                         empty when isms.yaml turns the report off
 * @param selectedAt       where isms.yaml selects the framework, for diagnostics about what it requires
 */
public record CatalogSet(Framework framework, List<Catalog> custom, Optional<Severity> missingMandatory, SourcePosition selectedAt) {

    /** {@code 6.1.3(d)}: a lettered item of a clause, as the mandatory list cites them. */
    private static final Pattern CLAUSE_ITEM = Pattern.compile("(.+)\\(([a-z])\\)");

    public static CatalogSet of(Edition edition) {
        return new CatalogSet(Framework.load(edition), List.of(), Optional.of(Severity.WARNING), SourcePosition.file("isms.yaml"));
    }

    public Edition edition() {
        return framework.edition();
    }

    /** The framework's Annex A first, then the own catalogs in the order isms.yaml lists them. */
    public List<Catalog> all() {
        List<Catalog> all = new ArrayList<>();
        all.add(framework.annexA());
        all.addAll(custom);
        return List.copyOf(all);
    }

    public Optional<Control> control(String id) {
        return all().stream().flatMap(c -> c.control(id).stream()).findFirst();
    }

    public Optional<Catalog> catalog(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A clause of the edition; {@code 6.1.3(d)} names clause 6.1.3. */
    public Optional<Clause> clause(String reference) {
        return framework.clause(clauseOf(reference));
    }

    /** The clause a reference names: {@code 6.1.3} for {@code 6.1.3(d)}. */
    static String clauseOf(String reference) {
        Matcher item = CLAUSE_ITEM.matcher(reference);
        return item.matches() ? item.group(1) : reference;
    }
}
