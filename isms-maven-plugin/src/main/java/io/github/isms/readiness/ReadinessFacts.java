package io.github.isms.readiness;

import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.evidence.EvidenceRegister;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.history.DocumentStanding;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.risk.RiskRegister;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What readiness is derived from: the loaded ISMS, its catalog and SoA, its risk register, and what
 * git history establishes about each document.
 *
 * @param standings    per document id, where it stands in its document-control record
 * @param historyKnown whether git history was read; without it no document counts as approved
 * @param soaApproved  the day the Statement of Applicability's version in force was approved, if one is
 * @param reference    the day "within the last 12 months" is judged at: the site's reference date
 * @param acknowledgements who of each document's audiences acknowledged its version in force
 * @param evidence     the evidence register, each item's freshness judged at the reference date
 */
public record ReadinessFacts(IsmsProject project, CatalogModel catalog, RiskRegister risks,
                            Map<String, DocumentStanding> standings, boolean historyKnown,
                            Optional<LocalDate> soaApproved, LocalDate reference,
                            AcknowledgementRegister acknowledgements, EvidenceRegister evidence) {

    public ReadinessFacts {
        standings = Map.copyOf(standings);
        acknowledgements = acknowledgements == null ? AcknowledgementRegister.NONE : acknowledgements;
        evidence = evidence == null ? EvidenceRegister.NONE : evidence;
    }

    /** The day the version of {@code document} in force was approved; empty when no version is in force. */
    public Optional<LocalDate> approvedOn(Document document) {
        DocumentStanding standing = standings.get(document.id());
        return standing == null ? Optional.empty() : standing.inForce().map(r -> r.date().toLocalDate());
    }
}
