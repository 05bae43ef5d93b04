package io.github.isms.catalog;

import io.github.isms.model.Document;
import io.github.isms.model.DocumentType;
import io.github.isms.model.IsmsProject;
import io.github.isms.risk.RiskRegister;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which mandatory documented information (clause 7.5.1 a) an ISMS provides. A document provides an
 * item when it names one of the item's references: the control itself under {@code controls:},
 * or under {@code clauses:} the clause or a clause above it ({@code 9.2} covers {@code 9.2.2},
 * {@code 6.1.3} covers {@code 6.1.3(d)}). A top-level clause such as {@code 6} is too broad to count.
 *
 * <p>Coverage is by substance, not by tags alone: only a document with an approved version in force
 * provides an item (a draft is listed as pending), never a retired one, nor an external document that
 * does not say where it comes from. The items the plugin builds from risks.yaml (the risk treatment
 * plan, the risk assessment report) need risks.yaml with every risk rated and treated, or a document
 * of type {@code register} naming them: a policy that only mentions the clause is no risk register.
 */
public record MandatoryCoverage(List<CoverageItem> items) {

    static final String RISKS = "risks.yaml";

    /** Coverage before approvals are known: every document counts as it stands, and risks.yaml as a file. */
    public static MandatoryCoverage of(IsmsProject project, CatalogSet catalogs, Soa soa) {
        boolean risks = Files.isRegularFile(project.ismsDir().resolve(RISKS));
        return of(project, catalogs, soa, risks, d -> Standing.IN_FORCE);
    }

    /** Coverage with the risk register as read and each document's approval from its history. */
    public static MandatoryCoverage of(IsmsProject project, CatalogSet catalogs, Soa soa, RiskRegister risks,
            Function<Document, Standing> approval) {
        return of(project, catalogs, soa, complete(risks), approval);
    }

    /** Whether risks.yaml assesses and treats: it exists, holds risks, and each is rated and has a treatment. */
    static boolean complete(RiskRegister risks) {
        return risks.present() && !risks.risks().isEmpty()
                && risks.risks().stream().allMatch(r -> r.inherent().isPresent() && r.treatment().isPresent());
    }

    private static MandatoryCoverage of(IsmsProject project, CatalogSet catalogs, Soa soa, boolean risksComplete,
            Function<Document, Standing> approval) {
        List<CoverageItem> items = new ArrayList<>();
        for (MandatoryItem item : catalogs.framework().mandatory()) {
            // Which references are controls is looked up once per item, not once per document.
            Set<String> controls = item.refs().stream().filter(ref -> catalogs.control(ref).isPresent()).collect(Collectors.toSet());
            boolean fromRisks = item.produced().filter(RISKS::equals).isPresent();
            List<Document> naming = project.documents().stream()
                    .filter(d -> !d.retired() && provides(d, item, controls) && substantial(d, fromRisks)).toList();
            List<Document> documents = naming.stream().filter(d -> approval.apply(d) == Standing.IN_FORCE).toList();
            List<Document> pending = naming.stream().filter(d -> approval.apply(d) == Standing.PENDING).toList();
            boolean produced = item.produced().filter(source -> source.equals("soa.yaml") ? soa.present()
                    : source.equals(RISKS) ? risksComplete : Files.isRegularFile(project.ismsDir().resolve(source))).isPresent();
            items.add(new CoverageItem(item, documents, produced, pending));
        }
        return new MandatoryCoverage(List.copyOf(items));
    }

    /** Whether a document naming an item can hold it: a register for risk items, a known source for an external one. */
    private static boolean substantial(Document d, boolean riskItem) {
        if (riskItem && d.type() != DocumentType.REGISTER) {
            return false;
        }
        return d.type() != DocumentType.EXTERNAL || d.externalSourceKnown();
    }

    /** Whether {@code document} provides {@code item}; {@code controls} are those of its references that name a control. */
    static boolean provides(Document document, MandatoryItem item, Set<String> controls) {
        for (String ref : item.refs()) {
            boolean control = controls.contains(ref);
            List<String> named = control ? document.controlIds() : document.clauseIds();
            if (named.stream().anyMatch(n -> control ? n.equals(ref) : covers(n, ref))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a document naming clause {@code named} addresses the requirement {@code required}. */
    static boolean covers(String named, String required) {
        return named.equals(required)
                || (named.contains(".") && (required.startsWith(named + ".") || required.startsWith(named + "(")));
    }

    /** The core items (not the extended duties) that nothing provides. */
    public List<CoverageItem> missing() {
        return items.stream().filter(i -> !i.satisfied() && !i.item().extended()).toList();
    }

    public long satisfiedCount() {
        return items.stream().filter(i -> !i.item().extended() && i.satisfied()).count();
    }

    public long requiredCount() {
        return items.stream().filter(i -> !i.item().extended()).count();
    }

    /** The items whose references include a clause or control, for its page. */
    public List<CoverageItem> citing(String reference) {
        return items.stream().filter(i -> i.item().refs().stream()
                .anyMatch(r -> r.equals(reference) || CatalogSet.clauseOf(r).equals(reference))).toList();
    }
}
