package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Framework;
import io.github.isms.catalog.Soa;
import io.github.isms.catalog.SoaEntry;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.risk.Risk;
import io.github.isms.risk.RiskRegister;
import java.util.Optional;

/**
 * Every control a risk names under {@code controls:} is a control of the active catalogs, because
 * the risk is listed on that control's page. Unlike documents, risks may not name controls of the
 * next edition: the treatment plan is carried out against the catalog the SoA is built from. A
 * control that treats a risk is necessary (clause 6.1.3 b), so soa.yaml may not exclude it; like
 * a document implementing an excluded control, that is reported at both places.
 */
public final class RiskRules {

    private RiskRules() {
    }

    public static void check(RiskRegister register, CatalogSet catalogs, Soa soa, Diagnostics diagnostics) {
        for (Risk risk : register.risks()) {
            for (Located<String> control : risk.controls()) {
                Optional<SoaEntry> excluded = soa.entry(control.value()).filter(e -> !e.applicable());
                if (excluded.isPresent()) {
                    diagnostics.report(Code.SOA_EXCLUDED_IMPLEMENTED, control.at(), "risk " + risk.id() + " is treated by control "
                            + control.value() + ", which " + excluded.get().at() + " excludes");
                    diagnostics.report(Code.SOA_EXCLUDED_IMPLEMENTED, excluded.get().at(), "control " + control.value()
                            + " is excluded here, but risk " + risk.id() + " is treated by it at " + control.at());
                } else if (catalogs.control(control.value()).isEmpty()) {
                    diagnostics.report(Code.CONTROL_UNKNOWN, control.at(), "risk " + risk.id() + " names control '" + control.value()
                            + "', which is not in " + ControlReferenceRules.catalogNames(catalogs)
                            + ControlReferenceRules.hint(control.value(), catalogs, Framework.transitionMapping()));
                }
            }
        }
    }
}
