package io.github.isms.site;

import io.github.isms.acknowledgement.AcknowledgementCoverage;
import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import java.util.List;
import java.util.Optional;

/**
 * What a document page says about acknowledgement: the link to the form for this version, the coverage, and
 * who is outstanding, named only where the page's classification is at or above the audience's (a staff list
 * is personal data: an internal page does not list the members of a confidential audience).
 *
 * @param formUrl           the form for this version, or {@code ""} (no form, a draft, a retired document)
 * @param coverage          {@code null} when the document names no audience
 * @param outstandingShown  whether this page may name the outstanding people
 */
public record AcknowledgementView(String formUrl, AcknowledgementCoverage coverage, boolean outstandingShown) {

    public static final AcknowledgementView NONE = new AcknowledgementView("", null, false);

    static AcknowledgementView of(Document d, HistoryView history, AcknowledgementRegister register, IsmsConfig config) {
        String form = d.retired() || history.draft() ? "" : register.formUrl(d.id(), d.versionText(), d.title());
        Optional<AcknowledgementCoverage> coverage = register.of(d.id());
        boolean shown = coverage.map(c -> config.rank(d.classification()) >= config.rank(c.classification())).orElse(false);
        return new AcknowledgementView(form, coverage.orElse(null), shown);
    }

    /** Whether the document names audiences, so the page shows coverage (not "hasCoverage": templates would read that as "coverage"). */
    public boolean shown() {
        return coverage != null;
    }

    /** The outstanding people this page may name; empty where it may not. */
    public List<String> outstanding() {
        return coverage != null && outstandingShown ? coverage.outstanding() : List.of();
    }
}
