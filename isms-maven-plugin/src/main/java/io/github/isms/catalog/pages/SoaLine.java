package io.github.isms.catalog.pages;

import io.github.isms.evidence.EvidenceItem;
import io.github.isms.catalog.SoaRow;
import io.github.isms.model.Document;
import io.github.isms.site.SiteModel;
import java.util.ArrayList;
import java.util.List;

/**
 * One control's line in the Statement of Applicability and on its own page; {@code ""} where soa.yaml says nothing.
 *
 * @param documents the documents that list the control under {@code controls:}, drafts and retired ones marked
 * @param gap       applicable, and no document in force (approved or not yet established, not retired) implements it
 * @param evidence  the items of evidence.yaml that show the control operating, with their freshness
 */
public record SoaLine(String id, String title, String url, boolean applicable, String justification, String status,
                      String notes, List<LinkedDocument> documents, boolean gap, List<EvidenceItem> evidence) {

    public SoaLine {
        evidence = List.copyOf(evidence);
    }

    static SoaLine of(SoaRow row, SiteModel model) {
        List<LinkedDocument> documents = new ArrayList<>();
        row.implementedBy().forEach(d -> documents.add(LinkedDocument.implementing(d, model)));
        for (Document d : model.inputs().project().documents()) {
            if (d.retired() && d.controlIds().contains(row.control().id())) {
                documents.add(LinkedDocument.implementing(d, model));
            }
        }
        boolean gap = row.applicable() && documents.stream().noneMatch(LinkedDocument::counts);
        // The site's language picks the control's title where the catalog translates it.
        return new SoaLine(row.control().id(), row.control().title(model.labels().siteLanguage()), ControlPage.pathOf(row.control().id()),
                row.applicable(), text(row.justification()), row.statusLabel(), text(row.notes()), List.copyOf(documents), gap,
                model.inputs().evidence().of(row.control().id()));
    }

    /** The status as a CSS-friendly word: implemented, partial, planned, not-started, not-stated, excluded. */
    public String statusClass() {
        return applicable ? status.replace(' ', '-') : "excluded";
    }

    /** The status as a label key: implemented, partial, planned, not-started, not-stated, or {@code ""}. */
    public String statusKey() {
        return status.replace(' ', '-');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
