package io.github.isms.catalog.pages;

import io.github.isms.catalog.SoaRow;
import io.github.isms.site.SiteModel;
import java.util.List;

/** One control's line in the Statement of Applicability and on its own page; {@code ""} where soa.yaml says nothing. */
public record SoaLine(String id, String title, String url, boolean applicable, String justification, String status,
                      String notes, List<LinkedDocument> documents, boolean gap) {

    static SoaLine of(SoaRow row, SiteModel model) {
        return new SoaLine(row.control().id(), row.control().title(), ControlPage.pathOf(row.control().id()),
                row.applicable(), text(row.justification()), row.statusLabel(), text(row.notes()),
                row.implementedBy().stream().map(d -> LinkedDocument.of(d, model)).toList(), row.gap());
    }

    /** The status as a CSS-friendly word: implemented, partial, planned, not-started, not-stated, excluded. */
    public String statusClass() {
        return applicable ? status.replace(' ', '-') : "excluded";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
