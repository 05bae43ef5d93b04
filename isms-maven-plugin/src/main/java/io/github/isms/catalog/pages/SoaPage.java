package io.github.isms.catalog.pages;

import io.github.isms.i18n.Labels;
import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code soa.html}: the Statement of Applicability (clause 6.1.3 d), its document control, one table
 * per catalog, the framework first, then the gaps.
 *
 * @param gaps the applicable controls that no document in force implements (a draft or a retired one does not count)
 */
public record SoaPage(String framework, List<Table> tables, List<SoaLine> gaps, int controls, int applicable,
                      int excluded, SoaControl control) implements SitePage {

    /** One catalog's controls, group by group. */
    public record Table(String id, String title, List<Group> groups) {
    }

    /** A theme (2022), a section (2013) or a group of an own catalog. */
    public record Group(String id, String title, List<SoaLine> lines) {
    }

    @Override
    public String path() {
        return "soa.html";
    }

    @Override
    public String template() {
        return "soa";
    }

    @Override
    public String title() {
        return "Statement of Applicability";
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("soa.title");
    }
}
