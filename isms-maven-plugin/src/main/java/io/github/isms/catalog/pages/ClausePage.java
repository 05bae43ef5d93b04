package io.github.isms.catalog.pages;

import io.github.isms.i18n.Labels;
import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code clauses/<id>.html}: a clause, the documents that address it (their {@code clauses:}),
 * its subclauses, and the mandatory documented information it requires.
 *
 * @param parent the clause above, or null for clauses 4 to 10
 */
public record ClausePage(String id, String clauseTitle, RefLink parent, List<RefLink> subclauses,
                         List<LinkedDocument> documents, List<CoverageLine> mandatory) implements SitePage {

    static String pathOf(String clauseId) {
        return "clauses/" + clauseId + ".html";
    }

    @Override
    public String path() {
        return pathOf(id);
    }

    @Override
    public String template() {
        return "clause";
    }

    @Override
    public String title() {
        return "Clause " + id + " " + clauseTitle;
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("clauses.clause", id) + " " + clauseTitle;
    }
}
