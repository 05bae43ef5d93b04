package io.github.isms.check;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Soa;
import io.github.isms.catalog.SoaEntry;
import io.github.isms.catalog.SoaRow;
import io.github.isms.catalog.StatementOfApplicability;
import io.github.isms.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;

/**
 * soa.yaml against the catalogs and the documents: every control it names exists, and no
 * document implements a control that soa.yaml excludes. Such a contradiction is reported at
 * both places, each naming the other, because either may be the one to fix. An applicable control
 * without an implementation status is a warning (the SoA promises one for each), and so is one
 * without a justification for its inclusion where isms.yaml sets {@code soa.requireJustification}.
 */
public final class SoaRules {

    private SoaRules() {
    }

    /** Controls soa.yaml does not mention are named in one warning, at most this many of them by id. */
    static final int UNLISTED_NAMED = 20;

    public static void check(IsmsProject project, CatalogSet catalogs, Soa soa, StatementOfApplicability rows,
            Diagnostics diagnostics) {
        check(project, catalogs, soa, diagnostics);
        if (!soa.present()) {
            return;
        }
        List<String> unlisted = new ArrayList<>();
        for (SoaRow row : rows.rows()) {
            if (!row.applicable()) {
                continue;
            }
            Optional<SoaEntry> entry = soa.entry(row.control().id());
            if (entry.isEmpty()) {
                unlisted.add(row.control().id());
                continue;
            }
            if (!entry.get().statusWritten()) {
                diagnostics.report(Code.SOA_STATUS_MISSING, entry.get().at(), "control " + row.control().id()
                        + " is applicable but has no status (implemented, partial, planned, not-started)");
            }
            if (soa.requireJustification() && entry.get().justification() == null) {
                diagnostics.report(Code.SOA_INCLUSION_UNJUSTIFIED, entry.get().at(), "control " + row.control().id()
                        + " is applicable without a justification for its inclusion, and soa.requireJustification is set");
            }
        }
        if (!unlisted.isEmpty()) {
            String named = String.join(", ", unlisted.subList(0, Math.min(UNLISTED_NAMED, unlisted.size())))
                    + (unlisted.size() > UNLISTED_NAMED ? " and " + (unlisted.size() - UNLISTED_NAMED) + " more" : "");
            SourcePosition file = SourcePosition.file(soa.path());
            diagnostics.report(Code.SOA_STATUS_MISSING, file, unlisted.size() + " applicable control(s) are not in soa.yaml, so "
                    + "they have no status" + (soa.requireJustification() ? " and no justification" : "") + ": " + named);
            if (soa.requireJustification()) {
                diagnostics.report(Code.SOA_INCLUSION_UNJUSTIFIED, file, unlisted.size()
                        + " applicable control(s) are not in soa.yaml, so their inclusion is not justified: " + named);
            }
        }
    }

    /** The rules that need no Statement of Applicability built yet: ids, and exclusions against implementations. */
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
