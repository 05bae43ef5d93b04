package io.github.isms.catalog;

import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which mandatory documented information (clause 7.5.1 a) an ISMS provides. A document provides an
 * item when it names one of the item's references: the control itself under {@code controls:},
 * or under {@code clauses:} the clause or a clause above it ({@code 9.2} covers {@code 9.2.2},
 * {@code 6.1.3} covers {@code 6.1.3(d)}). A top-level clause such as {@code 6} is too broad to count.
 */
public record MandatoryCoverage(List<CoverageItem> items) {

    public static MandatoryCoverage of(IsmsProject project, CatalogSet catalogs, Soa soa) {
        List<CoverageItem> items = new ArrayList<>();
        for (MandatoryItem item : catalogs.framework().mandatory()) {
            // Which references are controls is looked up once per item, not once per document.
            Set<String> controls = item.refs().stream().filter(ref -> catalogs.control(ref).isPresent()).collect(Collectors.toSet());
            List<Document> documents = project.documents().stream()
                    .filter(d -> !d.retired() && provides(d, item, controls)).toList();
            boolean produced = item.produced().filter(source -> source.equals("soa.yaml") ? soa.present()
                    : Files.isRegularFile(project.ismsDir().resolve(source))).isPresent();
            items.add(new CoverageItem(item, documents, produced));
        }
        return new MandatoryCoverage(List.copyOf(items));
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
