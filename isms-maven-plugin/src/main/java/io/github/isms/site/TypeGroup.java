package io.github.isms.site;

import java.util.List;

/** The published documents of one type, for navigation, the register and the dashboard. */
public record TypeGroup(String key, String label, List<DocumentSummary> documents) {

    public int count() {
        return documents.size();
    }
}
