package io.github.isms.readiness;

import io.github.isms.acknowledgement.AcknowledgementCoverage;
import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.evidence.EvidenceRegister;

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
    private final List<Document> active;

    private Readiness(ReadinessFacts facts) {
        this.facts = facts;
        this.active = facts.project().documents().stream().filter(d -> !d.retired())
                .sorted(Comparator.comparing(Document::id)).toList();
    }

    /** The sixteen steps with their states, in order. */
    public static List<StepStatus> of(ReadinessFacts facts) {
        Readiness readiness = new Readiness(facts);
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
                Map.entry("project", step -> documents(step, List.of("4.4"), d -> true, "a plan for the ISMS")),
                Map.entry("scope", step -> documents(step, List.of("4.3"), d -> true, "a scope document")),
                Map.entry("policy", step -> documents(step, List.of("5.2"), d -> true, "an information security policy")),
                Map.entry("methodology", step -> documents(step, List.of("6.1.2"), d -> true,
                        "a document describing the risk assessment process")),
                Map.entry("assessment", this::assessment),
                Map.entry("soa", this::soa),
                Map.entry("treatment-plan", this::treatmentPlan),
                Map.entry("measurement", this::measurement),
                Map.entry("controls", this::controls),
                Map.entry("training", step -> records(step, List.of("7.2", "7.3"), false, "training and competence",
                        "; staff acknowledgement of policies: " + acknowledgementSummary(facts.acknowledgements()))),
                Map.entry("operation", step -> records(step, List.of("8.1"), false, "operation", "")),
                Map.entry("monitoring", step -> records(step, List.of("9.1"), false, "monitoring and measurement", "")),
                Map.entry("internal-audit", step -> records(step, List.of("9.2"), true, "internal audit", "")),
                Map.entry("management-review", step -> records(step, List.of("9.3"), true, "management review", "")),
                Map.entry("corrective-action", step -> records(step, List.of(corrective), false,
                        "nonconformity and corrective action", "")));
    }

    private StepStatus management(ImplementationStep step) {
        List<Document> policies = addressing(List.of("5.1", "5.2"), d -> true);
        List<Document> approved = approved(policies);
        long held = facts.project().config().roles().values().stream().filter(people -> !people.isEmpty()).count();
        String roles = held == 0 ? "no role in isms.yaml is held by a named person"
                : held + " role" + (held == 1 ? " is" : "s are") + " held by named people";
        List<Proof> proofs = proofs(approved.isEmpty() ? policies : approved);
        if (!approved.isEmpty() && held > 0) {
            return new StepStatus(step, StepState.DONE, "policy approved: " + ids(approved) + "; " + roles, proofs);
        }
        if (!policies.isEmpty() || held > 0) {
            String policy = policies.isEmpty() ? "no information security policy (5.2) yet"
                    : approved.isEmpty() ? unapproved(policies) : "policy approved: " + ids(approved);
            return new StepStatus(step, StepState.IN_PROGRESS, policy + "; " + roles, proofs);
        }
        return new StepStatus(step, StepState.NOT_STARTED, "no information security policy (5.2) and " + roles, proofs);
    }

    /** A step shown by an approved document addressing one of {@code clauses}. */
    private StepStatus documents(ImplementationStep step, List<String> clauses, Predicate<Document> kind, String what) {
        List<Document> naming = addressing(clauses, kind);
        List<Document> approved = approved(naming);
        if (!approved.isEmpty()) {
            return new StepStatus(step, StepState.DONE, "approved: " + ids(approved), proofs(approved));
        }
        if (!naming.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, unapproved(naming), proofs(naming));
        }
        return new StepStatus(step, StepState.NOT_STARTED, "no document addresses " + String.join(" or ", clauses)
                + " (" + what + ")", List.of());
    }

    /**
     * A step shown by an approved record addressing {@code clauses}; with {@code recent}, approved within the
     * last {@value #RECENT_MONTHS} months of the reference date. Other documents naming the clause (a procedure,
     * a programme) show the step begun.
     */
    private StepStatus records(ImplementationStep step, List<String> clauses, boolean recent, String what, String more) {
        List<Document> records = addressing(clauses, d -> d.type() == DocumentType.RECORD);
        List<Document> others = addressing(clauses, d -> d.type() != DocumentType.RECORD);
        LocalDate since = facts.reference().minusMonths(RECENT_MONTHS);
        List<Document> approved = approved(records);
        List<Document> current = recent ? approved.stream()
                .filter(d -> facts.approvedOn(d).map(day -> !day.isBefore(since)).orElse(false)).toList() : approved;
        String clauseText = String.join(" or ", clauses);
        if (!current.isEmpty()) {
            return new StepStatus(step, StepState.DONE, "approved " + what + " record" + (current.size() == 1 ? "" : "s") + ": "
                    + dated(current) + more, proofs(current));
        }
        if (!approved.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, "the last approved " + what + " record (" + dated(approved)
                    + ") is older than " + RECENT_MONTHS + " months at " + facts.reference() + more, proofs(approved));
        }
        if (!records.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, unapproved(records) + more, proofs(records));
        }
        if (!others.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, "addressed by " + ids(others) + ", but no record (type: record) of "
                    + what + " names " + clauseText + more, proofs(others));
        }
        return new StepStatus(step, StepState.NOT_STARTED, "no record of " + what + " (" + clauseText + ")" + more, List.of());
    }

    private StepStatus assessment(ImplementationStep step) {
        List<Risk> risks = facts.risks().present() ? facts.risks().risks() : List.of();
        List<Proof> register = facts.risks().present() ? List.of(new Proof("Risk register (risks.yaml)", "risks.html")) : List.of();
        List<Document> reports = approved(addressing(List.of("8.2"), d -> d.type() == DocumentType.REGISTER));
        if (risks.isEmpty()) {
            if (!reports.isEmpty()) {
                return new StepStatus(step, StepState.DONE, "approved risk register: " + ids(reports), proofs(reports));
            }
            return new StepStatus(step, StepState.NOT_STARTED, facts.risks().present() ? "risks.yaml lists no risks"
                    : "no risks.yaml and no approved risk register (8.2)", register);
        }
        long complete = risks.stream().filter(r -> r.inherent().isPresent() && r.treatment().isPresent()).count();
        if (complete == risks.size()) {
            return new StepStatus(step, StepState.DONE, "all " + risks.size() + " risks in risks.yaml are rated and treated",
                    register);
        }
        return new StepStatus(step, StepState.IN_PROGRESS, complete + " of " + risks.size()
                + " risks in risks.yaml are rated and have a treatment", register);
    }

    private StepStatus soa(ImplementationStep step) {
        if (!facts.catalog().soaFile().present()) {
            return new StepStatus(step, StepState.NOT_STARTED, "no soa.yaml", List.of());
        }
        List<Proof> proof = List.of(new Proof("Statement of Applicability", "soa.html"));
        List<SoaRow> rows = facts.catalog().soa().rows();
        long undecided = rows.stream().filter(r -> facts.catalog().soaFile().entry(r.control().id()).isEmpty()
                || r.justification() == null || r.justification().isBlank()).count();
        String decided = (rows.size() - undecided) + " of " + rows.size() + " controls decided with a justification";
        if (undecided > 0) {
            return new StepStatus(step, StepState.IN_PROGRESS, decided, proof);
        }
        Optional<LocalDate> approved = facts.soaApproved();
        if (approved.isEmpty()) {
            return new StepStatus(step, StepState.IN_PROGRESS, decided + ", but no version of soa.yaml is approved"
                    + (facts.historyKnown() ? "" : " (no git history)"), proof);
        }
        return new StepStatus(step, StepState.DONE, decided + "; approved " + approved.get(), proof);
    }

    private StepStatus treatmentPlan(ImplementationStep step) {
        List<Proof> register = facts.risks().present() ? List.of(new Proof("Risk treatment plan", "risks.html")) : List.of();
        List<Risk> treated = facts.risks().risks().stream()
                .filter(r -> r.treatment().isPresent() && r.treatment().get() != Treatment.RETAIN).toList();
        if (treated.isEmpty()) {
            return new StepStatus(step, StepState.NOT_STARTED, facts.risks().risks().isEmpty() ? "no risks to treat yet"
                    : "no risk has a treatment that needs action", register);
        }
        long planned = treated.stream().filter(r -> r.plan() != null && !r.plan().isBlank() && r.owner() != null
                && !r.owner().isBlank() && r.due().isPresent()).count();
        String text = planned + " of " + treated.size() + " risks to be treated have an action with an owner and a due date";
        return new StepStatus(step, planned == treated.size() ? StepState.DONE : StepState.IN_PROGRESS, text, register);
    }

    private StepStatus measurement(ImplementationStep step) {
        List<Document> objectives = addressing(List.of("6.2"), d -> d.type() != DocumentType.RECORD);
        List<Document> monitoring = addressing(List.of("9.1"), d -> d.type() == DocumentType.RECORD);
        List<Document> approvedObjectives = approved(objectives);
        List<Document> approvedMonitoring = approved(monitoring);
        String first = approvedObjectives.isEmpty() ? (objectives.isEmpty() ? "no objectives (6.2)" : unapproved(objectives))
                : "objectives approved: " + ids(approvedObjectives);
        String second = approvedMonitoring.isEmpty() ? (monitoring.isEmpty() ? "no monitoring record (9.1)" : unapproved(monitoring))
                : "monitoring record approved: " + ids(approvedMonitoring);
        List<Document> shown = new ArrayList<>(approvedObjectives.isEmpty() ? objectives : approvedObjectives);
        shown.addAll(approvedMonitoring.isEmpty() ? monitoring : approvedMonitoring);
        StepState state = !approvedObjectives.isEmpty() && !approvedMonitoring.isEmpty() ? StepState.DONE
                : shown.isEmpty() ? StepState.NOT_STARTED : StepState.IN_PROGRESS;
        return new StepStatus(step, state, first + "; " + second, proofs(shown));
    }

    private StepStatus controls(ImplementationStep step) {
        String evidence = "; evidence that controls operate: " + evidenceSummary(facts.evidence());
        if (!facts.catalog().soaFile().present()) {
            return new StepStatus(step, StepState.NOT_STARTED, "no soa.yaml says which controls apply" + evidence, List.of());
        }
        List<SoaRow> applicable = facts.catalog().soa().rows().stream().filter(SoaRow::applicable).toList();
        long implemented = applicable.stream()
                .filter(r -> r.implementedBy().stream().anyMatch(d -> facts.approvedOn(d).isPresent())).count();
        List<Proof> proof = List.of(new Proof("Statement of Applicability", "soa.html"));
        String text = implemented + " of " + applicable.size() + " applicable controls implemented by an approved document" + evidence;
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
        return ids(documents) + (documents.size() == 1 ? " is" : " are") + " written, but "
                + (facts.historyKnown() ? "no version is approved yet" : "approval can not be established without git history");
    }

    private String dated(List<Document> documents) {
        return String.join(", ", documents.stream().map(d -> d.id() + " approved " + facts.approvedOn(d).orElseThrow()).toList());
    }

    private static String ids(List<Document> documents) {
        return String.join(", ", documents.stream().map(Document::id).toList());
    }

    /** A link to each document's page where it is published; one classified above the site is named, not linked. */
    private List<Proof> proofs(List<Document> documents) {
        return documents.stream().map(d -> {
            boolean published = facts.project().config().publishable(d.classification());
            return new Proof(d.id() + " " + d.title() + (published ? "" : " (not published on this site)"),
                    published ? DocumentSummary.pagePath(d.id()) : null);
        }).toList();
    }

    /** "12 of 14 documents fully acknowledged", or {@link #NOT_RECORDED} when no document names an audience. */
    public static String acknowledgementSummary(AcknowledgementRegister acknowledgements) {
        var coverage = acknowledgements.byDocument().values();
        if (coverage.isEmpty()) {
            return NOT_RECORDED;
        }
        long complete = coverage.stream().filter(AcknowledgementCoverage::complete).count();
        return complete + " of " + coverage.size() + " documents fully acknowledged";
    }

    /** "9 evidence items, 1 stale", or {@link #NOT_RECORDED} without evidence.yaml. */
    public static String evidenceSummary(EvidenceRegister evidence) {
        if (!evidence.present()) {
            return NOT_RECORDED;
        }
        return evidence.items().size() + " evidence items, " + evidence.stale().size() + " stale";
    }
}
