package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Framework;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.risk.Risk;
import io.github.isms.risk.RiskRegister;

/**
 * Every control a risk names under {@code controls:} is a control of the active catalogs, because
 * the risk is listed on that control's page. Unlike documents, risks may not name controls of the
 * next edition: the treatment plan is carried out against the catalog the SoA is built from.
 */
public final class RiskRules {

    private RiskRules() {
    }

    public static void check(RiskRegister register, CatalogSet catalogs, Diagnostics diagnostics) {
        for (Risk risk : register.risks()) {
            for (Located<String> control : risk.controls()) {
                if (catalogs.control(control.value()).isEmpty()) {
                    diagnostics.report(Code.CONTROL_UNKNOWN, control.at(), "risk " + risk.id() + " names control '" + control.value()
                            + "', which is not in " + ControlReferenceRules.catalogNames(catalogs)
                            + ControlReferenceRules.hint(control.value(), catalogs, Framework.transitionMapping()));
                }
            }
        }
    }
}
