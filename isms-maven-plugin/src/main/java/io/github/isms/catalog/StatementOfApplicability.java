package io.github.isms.catalog;

import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Statement of Applicability (ISO/IEC 27001 clause 6.1.3 d): every control of every active
 * catalog, framework first, in catalog order, with its applicability, justification,
 * implementation status and the documents that list it under {@code controls:}.
 */
public record StatementOfApplicability(List<SoaRow> rows) {

    public static StatementOfApplicability of(IsmsProject project, CatalogSet catalogs, Soa soa) {
        List<SoaRow> rows = new ArrayList<>();
        for (Catalog catalog : catalogs.all()) {
            for (Control control : catalog.controls()) {
                Optional<SoaEntry> entry = soa.entry(control.id());
                rows.add(new SoaRow(control,
                        entry.map(SoaEntry::applicable).orElse(true),
                        entry.map(SoaEntry::justification).orElse(null),
                        entry.flatMap(SoaEntry::status),
                        entry.map(SoaEntry::notes).orElse(null),
                        implementing(project, control.id())));
            }
        }
        return new StatementOfApplicability(List.copyOf(rows));
    }

    /** The active documents that list a control under {@code controls:}, in path order. */
    public static List<Document> implementing(IsmsProject project, String controlId) {
        return project.documents().stream().filter(d -> !d.retired() && d.controlIds().contains(controlId)).toList();
    }

    public List<SoaRow> rows(String catalogId) {
        return rows.stream().filter(r -> r.control().catalogId().equals(catalogId)).toList();
    }

    public Optional<SoaRow> row(String controlId) {
        return rows.stream().filter(r -> r.control().id().equals(controlId)).findFirst();
    }

    public List<SoaRow> gaps() {
        return rows.stream().filter(SoaRow::gap).toList();
    }

    public List<SoaRow> excluded() {
        return rows.stream().filter(r -> !r.applicable()).toList();
    }
}
