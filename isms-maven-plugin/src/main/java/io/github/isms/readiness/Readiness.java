package io.github.isms.readiness;

import io.github.isms.acknowledgement.AcknowledgementCoverage;
import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.evidence.EvidenceRegister;
import io.github.isms.i18n.Labels;

import io.github.isms.catalog.Edition;
import io.github.isms.catalog.SoaRow;
import io.github.isms.model.Document;
import io.github.isms.model.DocumentType;
import io.github.isms.risk.Risk;
import io.github.isms.risk.Treatment;
import io.github.isms.site.DocumentSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Derives the state of each implementation step from the ISMS's own artifacts, never from what
 * anyone declares: a document counts once a version of it is in force (approved per git history), a
 * record of an internal audit or a management review only when approved within the last 12 months of
 * the reference date, risks.yaml and soa.yaml by their content.
 *
 * <p>A document addresses a requirement when its {@code clauses:} name the clause, a sub-clause of it, or
 * a clause above it that is not a top-level clause. Records (internal audit, management review, ...) are
 * documents of type {@code record}; a procedure naming the same clause is the programme, not its result.
 */
public final class Readiness {

    /** What is said of facts this build has no register for yet (staff acknowledgement, operating evidence). */
    public static final String NOT_RECORDED = "not recorded";

    static final int RECENT_MONTHS = 12;

    private final ReadinessFacts facts;
    private final Labels words;
    private final List<Document> active;

    private Readiness(ReadinessFacts facts, Labels words) {
        this.facts = facts;
        this.words = words;
        this.active = facts.project().documents().stream().filter(d -> !d.retired())
                .sorted(Comparator.comparing(Document::id)).toList();
    }

    /** The sixteen steps with their states, in order, their reasons in English. */
    public static List<StepStatus> of(ReadinessFacts facts) {
        return of(facts, Labels.builtIn("en"));
    }

    /** The sixteen steps with their states, in order, their reasons in the words (and dates) of {@code words}. */
    public static List<StepStatus> of(ReadinessFacts facts, Labels words) {
        Readiness readiness = new Readiness(facts, words);
        Map<String, Function<ImplementationStep, StepStatus>> rules = readiness.rules();
        return ImplementationStep.all().stream().map(step -> {
            Function<ImplementationStep, StepStatus> rule = rules.get(step.key());
            if (rule == null) {
                throw new IllegalStateException("no readiness rule for step " + step.key());
            }
            return rule.apply(step);
        }).toList();
    }

    private Map<String, Function<ImplementationStep, StepStatus>> rules() {
        String corrective = facts.catalog().catalogs().edition() == Edition.ISO27001_2013 ? "10.1" : "10.2";
        return Map.ofEntries(
                Map.entry("management", this::management),
                Map.entry("project", step -> documents(step, List.of("4.4"), d -> true)),
                Map.entry("scope", step -> documents(step, List.of("4.3"), d -> true)),
                Map.entry("policy", step -> documents(step, List.of("5.2"), d -> true)),
                Map.entry("methodology", step -> documents(step, List.of("6.1.2"), d -> true)),
                Map.entry("assessment", this::assessment),
                Map.entry("soa", this::soa),
                Map.entry("treatment-plan", this::treatmentPlan),
                Map.entry("measurement", this::measurement),
                Map.entry("controls", this::controls),
                Map.entry("training", step -> records(step, List.of("7.2", "7.3"), false,
                        words.get("readiness.acknowledgement", acknowledgementSummary(facts.acknowledgements(), words)))),
                Map.entry("operation", step -> records(step, List.of("8.1"), false, "")),
                Map.entry("monitoring", step -> records(step, List.of("9.1"), false, "")),
                Map.entry("internal-audit", step -> records(step, List.of("9.2"), true, "")),
                Map.entry("management-review", step -> records(step, List.of("9.3"), true, "")),
                Map.entry("corrective-action", step -> records(step, List.of(corrective), false, "")));
    }

    private StepStatus management(ImplementationStep step) {
        List<Document> policies = addressing(List.of("5.1", "5.2"), d -> true);
        List<Document> approved = approved(policies);
        long held = facts.project().config().roles().values().stream().filter(people -> !people.isEmpty()).count();
        String roles = held == 0 ? words.get("readiness.rolesNone")
                : words.get(held == 1 ? "readiness.rolesOne" : "readiness.rolesMany", held);
        List<Proof> proofs = proofs(approved.isEmpty() ? policies : approved);
        if (!approved.isEmpty() && held > 0) {
            return new StepStatus(step, StepState.DONE, words.get("readiness.policyApproved", ids(approved)) + "; " + roles, proofs);
        }
        if (!policies.isEmpty() || held > 0) {
            String policy = policies.isEmpty() ? words.get("readiness.noPolicy")
                    : approved.isEmpty() ? unapproved(policies) : words.get("readiness.policyApproved", ids(approved));
            return new StepStatus(step, StepState.IN_PROGRESS, policy + "; " + roles, proofs);
        }
        return new StepStatus(step, StepState.NOT_STARTED, words.get("readiness.noPolicyAnd", roles), proofs);
    }

    /** A step shown by an approved document addressing one of {@code clauses}. */
    private StepStatus documents(ImplementationStep step, List<String> clauses, Predicate<Document> kind) {
        List<Document> naming = addressing(clauses, kind);
        List<Document> approved = approved(naming);
        if (!approved.isEmpty()) {
            return new StepStatus(step, StepState.DONE, words.get("readiness.approved", ids(approved)), proofs(approved));
        }
        if (!naming.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, unapproved(naming), proofs(naming));
        }
        return new StepStatus(step, StepState.NOT_STARTED, words.get("readiness.noDocument", or(clauses),
                words.get("readiness.what." + step.key())), List.of());
    }

    /**
     * A step shown by an approved record addressing {@code clauses}; with {@code recent}, approved within the
     * last {@value #RECENT_MONTHS} months of the reference date. Other documents naming the clause (a procedure,
     * a programme) show the step begun.
     */
    private StepStatus records(ImplementationStep step, List<String> clauses, boolean recent, String more) {
        String what = words.get("readiness.what." + step.key());
        List<Document> records = addressing(clauses, d -> d.type() == DocumentType.RECORD);
        List<Document> others = addressing(clauses, d -> d.type() != DocumentType.RECORD);
        LocalDate since = facts.reference().minusMonths(RECENT_MONTHS);
        List<Document> approved = approved(records);
        List<Document> current = recent ? approved.stream()
                .filter(d -> facts.approvedOn(d).map(day -> !day.isBefore(since)).orElse(false)).toList() : approved;
        String clauseText = or(clauses);
        if (!current.isEmpty()) {
            return new StepStatus(step, StepState.DONE, words.get(current.size() == 1 ? "readiness.recordOne" : "readiness.recordMany",
                    what, dated(current)) + more, proofs(current));
        }
        if (!approved.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, words.get("readiness.recordOld", what, dated(approved),
                    RECENT_MONTHS, words.date(facts.reference().toString())) + more, proofs(approved));
        }
        if (!records.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, unapproved(records) + more, proofs(records));
        }
        if (!others.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, words.get("readiness.recordOthers", ids(others), what, clauseText)
                    + more, proofs(others));
        }
        return new StepStatus(step, StepState.NOT_STARTED, words.get("readiness.noRecord", what, clauseText) + more, List.of());
    }

    private StepStatus assessment(ImplementationStep step) {
        List<Risk> risks = facts.risks().present() ? facts.risks().risks() : List.of();
        List<Proof> register = facts.risks().present() ? List.of(new Proof(words.get("readiness.riskRegister"), "risks.html")) : List.of();
        List<Document> reports = approved(addressing(List.of("8.2"), d -> d.type() == DocumentType.REGISTER));
        if (risks.isEmpty()) {
            if (!reports.isEmpty()) {
                return new StepStatus(step, StepState.DONE, words.get("readiness.approvedRiskRegister", ids(reports)), proofs(reports));
            }
            return new StepStatus(step, StepState.NOT_STARTED, facts.risks().present() ? words.get("readiness.noRisksListed")
                    : words.get("readiness.noRisks"), register);
        }
        long complete = risks.stream().filter(r -> r.inherent().isPresent() && r.treatment().isPresent()).count();
        if (complete == risks.size()) {
            return new StepStatus(step, StepState.DONE, words.get("readiness.risksComplete", risks.size()), register);
        }
        return new StepStatus(step, StepState.IN_PROGRESS, words.get("readiness.risksPartial", complete, risks.size()), register);
    }

    private StepStatus soa(ImplementationStep step) {
        if (!facts.catalog().soaFile().present()) {
            return new StepStatus(step, StepState.NOT_STARTED, words.get("readiness.noSoa"), List.of());
        }
        List<Proof> proof = List.of(new Proof(words.get("soa.title"), "soa.html"));
        List<SoaRow> rows = facts.catalog().soa().rows();
        long undecided = rows.stream().filter(r -> facts.catalog().soaFile().entry(r.control().id()).isEmpty()
                || r.justification() == null || r.justification().isBlank()).count();
        String decided = words.get("readiness.soaDecided", rows.size() - undecided, rows.size());
        if (undecided > 0) {
            return new StepStatus(step, StepState.IN_PROGRESS, decided, proof);
        }
        Optional<LocalDate> approved = facts.soaApproved();
        if (approved.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, words.get("readiness.soaNotApproved", decided)
                    + (facts.historyKnown() ? "" : " (" + words.get("readiness.noHistory") + ")"), proof);
        }
        return new StepStatus(step, StepState.DONE, words.get("readiness.soaApproved", decided, words.date(approved.get().toString())),
                proof);
    }

    private StepStatus treatmentPlan(ImplementationStep step) {
        List<Proof> register = facts.risks().present() ? List.of(new Proof(words.get("readiness.treatmentPlan"), "risks.html")) : List.of();
        List<Risk> treated = facts.risks().risks().stream()
                .filter(r -> r.treatment().isPresent() && r.treatment().get() != Treatment.RETAIN).toList();
        if (treated.isEmpty()) {
            return new StepStatus(step, StepState.NOT_STARTED, facts.risks().risks().isEmpty() ? words.get("readiness.noRisksToTreat")
                    : words.get("readiness.noActionNeeded"), register);
        }
        long planned = treated.stream().filter(r -> r.plan() != null && !r.plan().isBlank() && r.owner() != null
                && !r.owner().isBlank() && r.due().isPresent()).count();
        String text = words.get("readiness.planned", planned, treated.size());
        return new StepStatus(step, planned == treated.size() ? StepState.DONE : StepState.IN_PROGRESS, text, register);
    }

    private StepStatus measurement(ImplementationStep step) {
        List<Document> objectives = addressing(List.of("6.2"), d -> d.type() != DocumentType.RECORD);
        List<Document> monitoring = addressing(List.of("9.1"), d -> d.type() == DocumentType.RECORD);
        List<Document> approvedObjectives = approved(objectives);
        List<Document> approvedMonitoring = approved(monitoring);
        String first = approvedObjectives.isEmpty()
                ? (objectives.isEmpty() ? words.get("readiness.noObjectives") : unapproved(objectives))
                : words.get("readiness.objectivesApproved", ids(approvedObjectives));
        String second = approvedMonitoring.isEmpty()
                ? (monitoring.isEmpty() ? words.get("readiness.noMonitoring") : unapproved(monitoring))
                : words.get("readiness.monitoringApproved", ids(approvedMonitoring));
        List<Document> shown = new ArrayList<>(approvedObjectives.isEmpty() ? objectives : approvedObjectives);
        shown.addAll(approvedMonitoring.isEmpty() ? monitoring : approvedMonitoring);
        StepState state = !approvedObjectives.isEmpty() && !approvedMonitoring.isEmpty() ? StepState.DONE
                : shown.isEmpty() ? StepState.NOT_STARTED : StepState.IN_PROGRESS;
        return new StepStatus(step, state, first + "; " + second, proofs(shown));
    }

    private StepStatus controls(ImplementationStep step) {
        String evidence = words.get("readiness.evidence", evidenceSummary(facts.evidence(), words));
        if (!facts.catalog().soaFile().present()) {
            return new StepStatus(step, StepState.NOT_STARTED, words.get("readiness.noSoaControls") + evidence, List.of());
        }
        List<SoaRow> applicable = facts.catalog().soa().rows().stream().filter(SoaRow::applicable).toList();
        long implemented = applicable.stream()
                .filter(r -> r.implementedBy().stream().anyMatch(d -> facts.approvedOn(d).isPresent())).count();
        List<Proof> proof = List.of(new Proof(words.get("soa.title"), "soa.html"));
        String text = words.get("readiness.implemented", implemented, applicable.size()) + evidence;
        StepState state = applicable.isEmpty() || implemented == 0 ? StepState.NOT_STARTED
                : implemented == applicable.size() ? StepState.DONE : StepState.IN_PROGRESS;
        return new StepStatus(step, state, text, proof);
    }

    /** The active documents of a kind that address one of {@code clauses}, by id. */
    private List<Document> addressing(List<String> clauses, Predicate<Document> kind) {
        return active.stream().filter(kind)
                .filter(d -> d.clauseIds().stream().anyMatch(named -> clauses.stream().anyMatch(c -> related(named, c))))
                .toList();
    }

    /** Whether a document naming clause {@code named} addresses {@code clause}: the clause, a part of it, or a clause above it. */
    public static boolean related(String named, String clause) {
        return named.equals(clause) || named.startsWith(clause + ".") || named.startsWith(clause + "(")
                || (named.contains(".") && (clause.startsWith(named + ".") || clause.startsWith(named + "(")));
    }

    private List<Document> approved(List<Document> documents) {
        return documents.stream().filter(d -> facts.approvedOn(d).isPresent()).toList();
    }

    /** Why documents that are written do not count yet. */
    private String unapproved(List<Document> documents) {
        return words.get(documents.size() == 1 ? "readiness.writtenOne" : "readiness.writtenMany", ids(documents),
                words.get(facts.historyKnown() ? "readiness.noneApproved" : "readiness.noHistoryApproval"));
    }

    private String dated(List<Document> documents) {
        return String.join(", ", documents.stream()
                .map(d -> words.get("readiness.approvedOn", d.id(), words.date(facts.approvedOn(d).orElseThrow().toString()))).toList());
    }

    /** Clause ids as alternatives: "9.1 or 9.3". */
    private String or(List<String> clauses) {
        return String.join(words.get("readiness.or"), clauses);
    }

    private static String ids(List<Document> documents) {
        return String.join(", ", documents.stream().map(Document::id).toList());
    }

    /** A link to each document's page where it is published; one classified above the site is named, not linked. */
    private List<Proof> proofs(List<Document> documents) {
        return documents.stream().map(d -> {
            boolean published = facts.project().config().publishable(d.classification());
            return new Proof(d.id() + " " + d.title() + (published ? "" : " (" + words.get("value.notPublished") + ")"),
                    published ? DocumentSummary.pagePath(d.id()) : null);
        }).toList();
    }

    /** "12 of 14 documents fully acknowledged", or {@link #NOT_RECORDED} when no document names an audience. */
    public static String acknowledgementSummary(AcknowledgementRegister acknowledgements) {
        return acknowledgementSummary(acknowledgements, Labels.builtIn("en"));
    }

    /** {@link #acknowledgementSummary(AcknowledgementRegister)} in the words of {@code words}. */
    public static String acknowledgementSummary(AcknowledgementRegister acknowledgements, Labels words) {
        var coverage = acknowledgements.byDocument().values();
        if (coverage.isEmpty()) {
            return words.get("readiness.notRecorded");
        }
        long complete = coverage.stream().filter(AcknowledgementCoverage::complete).count();
        return words.get("readiness.acknowledged", complete, coverage.size());
    }

    /** "9 evidence items, 1 stale", or {@link #NOT_RECORDED} without evidence.yaml. */
    public static String evidenceSummary(EvidenceRegister evidence) {
        return evidenceSummary(evidence, Labels.builtIn("en"));
    }

    /** {@link #evidenceSummary(EvidenceRegister)} in the words of {@code words}. */
    public static String evidenceSummary(EvidenceRegister evidence, Labels words) {
        if (!evidence.present()) {
            return words.get("readiness.notRecorded");
        }
        return words.get("readiness.evidenceItems", evidence.items().size(), evidence.stale().size());
    }
}
