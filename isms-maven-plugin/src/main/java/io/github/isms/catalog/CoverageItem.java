package io.github.isms.catalog;

import io.github.isms.model.Document;
import java.util.List;

/**
 * One item of mandatory documented information and what provides it.
 *
 * @param documents       the documents in force whose {@code clauses:} or {@code controls:} cover its references
 * @param producedByPlugin the plugin produces it from a source file that exists (the SoA from soa.yaml) and,
 *                         for risks.yaml, rates and treats every risk
 * @param pending         the drafts that name it but are not approved yet: they do not provide it
 */
public record CoverageItem(MandatoryItem item, List<Document> documents, boolean producedByPlugin, List<Document> pending) {

    public CoverageItem(MandatoryItem item, List<Document> documents, boolean producedByPlugin) {
        this(item, documents, producedByPlugin, List.of());
    }

    public CoverageItem {
        documents = List.copyOf(documents);
        pending = List.copyOf(pending);
    }

    /** Not provided, but a draft pending approval would provide it. */
    public boolean pendingOnly() {
        return !satisfied() && !pending.isEmpty();
    }

    public boolean satisfied() {
        return producedByPlugin || !documents.isEmpty();
    }
}
