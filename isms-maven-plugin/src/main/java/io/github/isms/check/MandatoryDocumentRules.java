package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.CoverageItem;
import io.github.isms.catalog.MandatoryCoverage;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;

/**
 * Reports each item of mandatory documented information (clause 7.5.1 a) that no approved document
 * provides, once approvals are known: a warning, an error when isms.yaml says {@code mandatoryDocuments: error}, nothing
 * with {@code mandatoryDocuments: off}.
 * Reported at isms.yaml's {@code framework:}, which decides what is mandatory.
 */
public final class MandatoryDocumentRules {

    private MandatoryDocumentRules() {
    }

    public static void check(IsmsProject project, CatalogSet catalogs, MandatoryCoverage coverage, Diagnostics diagnostics) {
        if (catalogs.missingMandatory().isEmpty()) {
            return;
        }
        for (CoverageItem missing : coverage.missing()) {
            diagnostics.report(catalogs.missingMandatory().get(), Code.MANDATORY_MISSING, catalogs.selectedAt(),
                    catalogs.edition().framework() + " requires the " + missing.item().kind() + " '" + missing.item().name()
                            + "' (" + String.join(", ", missing.item().refs()) + "); " + remedy(missing));
        }
    }

    private static String remedy(CoverageItem missing) {
        String them = missing.item().refs().size() == 1 ? "it" : "one of them";
        if (missing.pendingOnly()) {
            return "only drafts pending approval name " + them + " ("
                    + String.join(", ", missing.pending().stream().map(d -> d.id()).toList()) + "); it is provided once one is approved";
        }
        if ("risks.yaml".equals(missing.item().producedBy())) {
            return "it needs risks.yaml with every risk rated and treated, or an approved document of type register naming "
                    + them + " under clauses: or controls:";
        }
        return "no document names " + them + " under clauses: or controls:";
    }
}
