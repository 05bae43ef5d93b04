package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Framework;
import io.github.isms.catalog.ImplementationStatus;
import io.github.isms.catalog.Soa;
import io.github.isms.catalog.SoaEntry;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.evidence.EvidenceItem;
import io.github.isms.evidence.EvidenceRegister;

/**
 * Evidence names controls of the active catalogs; its freshness is judged at the reference date; and,
 * once an ISMS keeps an evidence register, every control soa.yaml calls implemented has some. An ISMS
 * without evidence.yaml is not asked for evidence, so adding the register is a choice, not a surprise.
 */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    public static void check(EvidenceRegister register, CatalogSet catalogs, Soa soa, Diagnostics diagnostics) {
        if (!register.present()) {
            return;
        }
        for (EvidenceItem item : register.items()) {
            for (Located<String> control : item.controls()) {
                if (catalogs.control(control.value()).isEmpty()) {
                    diagnostics.report(Code.CONTROL_UNKNOWN, control.at(), "evidence " + item.id() + " names control '"
                            + control.value() + "', which is not in " + ControlReferenceRules.catalogNames(catalogs)
                            + ControlReferenceRules.hint(control.value(), catalogs, Framework.transitionMapping()));
                }
            }
            if (item.stale()) {
                diagnostics.report(Code.EVIDENCE_STALE, item.at(), "evidence " + item.id() + (item.lastCollected().isEmpty()
                        ? " was never collected (collected: is empty)"
                        : " was last collected on " + item.lastCollected() + "; collected " + item.frequency() + ", it was due on "
                                + item.due() + ", before the reference date " + register.reference()));
            }
        }
        for (SoaEntry entry : soa.entries()) {
            if (entry.applicable() && entry.status().filter(s -> s == ImplementationStatus.IMPLEMENTED).isPresent()
                    && register.of(entry.controlId()).isEmpty()) {
                diagnostics.report(Code.EVIDENCE_MISSING, entry.at(), "control " + entry.controlId()
                        + " is implemented, but no item of " + register.path() + " shows it operating");
            }
        }
    }
}
