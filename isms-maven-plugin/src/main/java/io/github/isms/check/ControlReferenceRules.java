package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Edition;
import io.github.isms.catalog.Framework;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every control a document lists under {@code controls:} exists in the framework or an own
 * catalog, and every clause under {@code clauses:} exists in the framework's edition. An ISMS on
 * the 2013 edition may already name 2022 controls, to prepare its transition.
 */
public final class ControlReferenceRules {

    private ControlReferenceRules() {
    }

    public static void check(IsmsProject project, CatalogSet catalogs, Diagnostics diagnostics) {
        Framework next = catalogs.edition() == Edition.ISO27001_2013 ? Framework.load(Edition.ISO27001_2022) : null;
        Map<String, List<String>> mapping = Framework.transitionMapping();
        for (Document doc : project.documents()) {
            for (Located<String> control : doc.controls()) {
                boolean known = catalogs.control(control.value()).isPresent()
                        || (next != null && next.annexA().control(control.value()).isPresent());
                if (!known) {
                    diagnostics.report(Code.CONTROL_UNKNOWN, control.at(), "control '" + control.value() + "' is not in "
                            + catalogNames(catalogs) + hint(control.value(), catalogs, mapping));
                }
            }
            for (Located<String> clause : doc.clauses()) {
                if (catalogs.clause(clause.value()).isEmpty()) {
                    diagnostics.report(Code.CLAUSE_UNKNOWN, clause.at(), "clause '" + clause.value() + "' is not a clause of "
                            + catalogs.edition().framework() + " (4 to 10 and their subclauses, e.g. 7.5.3 or 6.1.3(d))");
                }
            }
        }
    }

    static String catalogNames(CatalogSet catalogs) {
        return catalogs.all().stream().map(c -> c.title()).collect(Collectors.joining(", "));
    }

    /** A 2013 id in a 2022 ISMS is the commonest slip: name its 2022 successor. */
    static String hint(String id, CatalogSet catalogs, Map<String, List<String>> mapping) {
        if (catalogs.edition() != Edition.ISO27001_2022) {
            return "";
        }
        List<String> successors = mapping.entrySet().stream().filter(e -> e.getValue().contains(id)).map(Map.Entry::getKey).toList();
        return successors.isEmpty() ? "" : "; it is a 2013 control, continued in 2022 as " + String.join(", ", successors);
    }
}
