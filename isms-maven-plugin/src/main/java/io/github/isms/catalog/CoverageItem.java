package io.github.isms.catalog;

import io.github.isms.model.Document;
import java.util.List;

/**
 * One item of mandatory documented information and what provides it.
 *
 * @param documents       the active documents whose {@code clauses:} or {@code controls:} cover its references
 * @param producedByPlugin the plugin produces it from a source file that exists (the SoA from soa.yaml)
 */
public record CoverageItem(MandatoryItem item, List<Document> documents, boolean producedByPlugin) {

    public boolean satisfied() {
        return producedByPlugin || !documents.isEmpty();
    }
}
