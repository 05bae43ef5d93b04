package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Soa;
import io.github.isms.catalog.SoaEntry;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;

/**
 * soa.yaml against the catalogs and the documents: every control it names exists, and no
 * document implements a control that soa.yaml excludes. Such a contradiction is reported at
 * both places, each naming the other, because either may be the one to fix.
 */
public final class SoaRules {

    private SoaRules() {
    }

    public static void check(IsmsProject project, CatalogSet catalogs, Soa soa, Diagnostics diagnostics) {
        for (SoaEntry entry : soa.entries()) {
            if (catalogs.control(entry.controlId()).isEmpty()) {
                diagnostics.report(Code.CONTROL_UNKNOWN, entry.at(), "soa.yaml names control '" + entry.controlId()
                        + "', which is not in " + ControlReferenceRules.catalogNames(catalogs));
                continue;
            }
            if (entry.applicable()) {
                continue;
            }
            for (Document doc : project.documents()) {
                for (Located<String> control : doc.controls()) {
                    if (!doc.retired() && control.value().equals(entry.controlId())) {
                        diagnostics.report(Code.SOA_EXCLUDED_IMPLEMENTED, entry.at(), "control " + entry.controlId()
                                + " is excluded here, but " + doc.id() + " implements it at " + control.at());
                        diagnostics.report(Code.SOA_EXCLUDED_IMPLEMENTED, control.at(), doc.id() + " implements control "
                                + entry.controlId() + ", which " + entry.at() + " excludes");
                    }
                }
            }
        }
    }
}
