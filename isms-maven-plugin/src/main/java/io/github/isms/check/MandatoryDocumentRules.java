package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.CoverageItem;
import io.github.isms.catalog.MandatoryCoverage;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;

/**
 * Reports each item of mandatory documented information (clause 7.5.1 a) that no document
 * provides: a warning, an error when isms.yaml says {@code mandatoryDocuments: error}, nothing
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
                            + "' (" + String.join(", ", missing.item().refs()) + "); no document names "
                            + (missing.item().refs().size() == 1 ? "it" : "one of them") + " under clauses: or controls:");
        }
    }

    private static String remedy(CoverageItem missing) {
        if (missing.item().produced().isPresent()) {
            return "create " + missing.item().producedBy() + " and the plugin builds it";
        }
        return "no document names " + (missing.item().refs().size() == 1 ? "it" : "one of them") + " under clauses: or controls:";
    }
}
