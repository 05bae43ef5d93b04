package io.github.isms.catalog.pages;

import io.github.isms.i18n.Labels;
import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code clauses/index.html}: clauses 4 to 10 with the documents addressing each, and the
 * mandatory documented information of the edition (clause 7.5.1 a), provided or missing.
 */
public record ClausesPage(String framework, List<Line> clauses, List<CoverageLine> mandatory, long provided,
                          long required) implements SitePage {

    public static final String PATH = "clauses/index.html";

    /** A clause, indented by its depth, with how many documents address it. */
    public record Line(String id, String title, String url, int depth, int documents) {
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String template() {
        return "clauses";
    }

    @Override
    public String title() {
        return "Clauses and mandatory documented information";
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("clauses.title");
    }
}
