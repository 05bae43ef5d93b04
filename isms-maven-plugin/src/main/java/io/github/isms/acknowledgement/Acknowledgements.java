package io.github.isms.acknowledgement;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.history.DocumentHistory;
import io.github.isms.history.DocumentStanding;
import io.github.isms.history.Revision;
import io.github.isms.model.AcknowledgementPolicy;
import io.github.isms.model.AcknowledgementPolicy.RenewOn;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import io.github.isms.model.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What was read: the audiences with their members, and every acknowledgement. {@link #coverage} judges
 * them against each document's history.
 */
public record Acknowledgements(Map<String, Audience> audiences, List<Acknowledgement> records,
                               AcknowledgementPolicy policy) {

    public Acknowledgements {
        audiences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(audiences));
        records = List.copyOf(records);
    }

    /**
     * Per document that names audiences: who acknowledged the version in force and who is outstanding, at
     * {@code reference}. Reports acknowledgements of versions a document never had, and
     * {@link Code#ACKNOWLEDGEMENT_OVERDUE} where the time to acknowledge has run out.
     *
     * @param histories per document id; null when there is no history (no git): then the version written is the
     *                  one to acknowledge, no earlier version can be told apart, and nothing is overdue
     */
    public AcknowledgementRegister coverage(IsmsProject project, Map<String, DocumentHistory> histories, LocalDate reference,
            Diagnostics diagnostics) {
        reportUnknownVersions(project, histories, diagnostics);
        Map<String, AcknowledgementCoverage> byDocument = new LinkedHashMap<>();
        for (Document d : project.documents()) {
            if (d.acknowledge().isEmpty() || d.retired()) {
                continue;
            }
            AcknowledgementCoverage coverage = of(d, histories == null ? null : histories.get(d.id()), project.config(), reference);
            byDocument.put(d.id(), coverage);
            if (coverage.overdue()) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_OVERDUE, d.positionOf("acknowledge"), d.id() + " version "
                        + coverage.version() + ": " + coverage.outstanding().size() + " of " + coverage.audienceSize()
                        + " people have not acknowledged it; due on " + coverage.due() + " (approved " + coverage.approved()
                        + " + " + policy.within() + "), before " + reference);
            }
        }
        return new AcknowledgementRegister(byDocument, policy.form());
    }

    private AcknowledgementCoverage of(Document d, DocumentHistory history, IsmsConfig config, LocalDate reference) {
        Optional<Revision> inForce = history == null ? Optional.empty() : DocumentStanding.of(d, history).inForce();
        Version version = inForce.flatMap(r -> Version.parse(r.version())).orElse(d.version());
        List<Revision> approved = history == null ? List.of()
                : history.revisions().stream().filter(Revision::approved).filter(r -> Version.parse(r.version()).isPresent()).toList();
        Version since = version;
        if (policy.renewOn() == RenewOn.MAJOR) {
            since = approved.stream().map(r -> Version.parse(r.version()).orElseThrow())
                    .filter(v -> v.major() == version.major() && v.compareTo(version) <= 0)
                    .min(Comparator.naturalOrder()).orElse(history == null ? new Version(version.major(), 0) : version);
        }
        Version first = since;
        Optional<LocalDate> approvedOn = approved.stream().filter(r -> Version.parse(r.version()).orElseThrow().equals(first))
                .map(r -> r.date().toLocalDate()).findFirst();
        Optional<LocalDate> due = approvedOn.map(policy.within()::after);

        Set<String> members = new TreeSet<>();
        String classification = null;
        for (String name : d.audienceNames()) {
            Audience audience = audiences.get(name);
            if (audience == null) {
                continue; // reported with the front matter
            }
            members.addAll(audience.emails());
            if (classification == null || config.rank(audience.classification()) > config.rank(classification)) {
                classification = audience.classification();
            }
        }
        Set<String> done = new TreeSet<>();
        for (Acknowledgement a : records) {
            Optional<Version> v = Version.parse(a.version());
            if (a.document().equals(d.id()) && v.isPresent() && v.get().compareTo(first) >= 0 && v.get().compareTo(version) <= 0) {
                done.add(a.email().toLowerCase(Locale.ROOT));
            }
        }
        List<String> outstanding = members.stream().filter(m -> !done.contains(m)).toList();
        int acknowledged = members.size() - outstanding.size();
        boolean overdue = !outstanding.isEmpty() && due.map(reference::isAfter).orElse(false);
        return new AcknowledgementCoverage(d.id(), d.audienceNames(), version.toString(), since.toString(),
                approvedOn.map(LocalDate::toString).orElse(""), due.map(LocalDate::toString).orElse(""), members.size(),
                acknowledged, outstanding, classification == null ? config.defaults().classification() : classification, overdue);
    }

    /*
     * A version counts as one the document had when its history shows it, or it is the version written.
     * Without a complete history (no git, a shallow clone) every version up to the one written is accepted.
     */
    private void reportUnknownVersions(IsmsProject project, Map<String, DocumentHistory> histories, Diagnostics diagnostics) {
        for (Acknowledgement a : records) {
            Optional<Document> document = project.document(a.document());
            if (document.isEmpty()) {
                continue;
            }
            Optional<Version> version = Version.parse(a.version());
            DocumentHistory history = histories == null ? null : histories.get(a.document());
            boolean known;
            if (version.isEmpty()) {
                known = false;
            } else if (history == null || history.versionBeforeHistory() != null) {
                known = version.get().compareTo(document.get().version()) <= 0;
            } else {
                List<String> had = new ArrayList<>();
                history.revisions().forEach(r -> had.add(r.version()));
                had.add(document.get().versionText());
                known = had.stream().map(Version::parse).flatMap(Optional::stream).anyMatch(version.get()::equals);
            }
            if (!known) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_UNKNOWN, a.at(), a.document() + " never had version '" + a.version()
                        + "' (it is at " + document.get().versionText() + ")");
            }
        }
    }
}
