package io.github.isms.catalog;

import io.github.isms.model.Document;
import java.util.List;
import java.util.Optional;

/** One line of the Statement of Applicability: a control, the decision about it, and who implements it. */
public record SoaRow(Control control, boolean applicable, String justification, Optional<ImplementationStatus> status,
                     String notes, List<Document> implementedBy) {

    /** An applicable control that no document implements. */
    public boolean gap() {
        return applicable && implementedBy.isEmpty();
    }

    public String applicability() {
        return applicable ? "applicable" : "excluded";
    }

    /** The status word, or "not stated" when soa.yaml does not say. */
    public String statusLabel() {
        return status.map(ImplementationStatus::label).orElse(applicable ? "not stated" : "");
    }
}
