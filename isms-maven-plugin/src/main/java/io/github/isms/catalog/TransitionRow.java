package io.github.isms.catalog;

import io.github.isms.model.Document;
import java.util.List;

/**
 * A 2022 control seen from an ISMS on the 2013 edition.
 *
 * @param from      the 2013 controls it continues (empty: new in 2022)
 * @param decisions the SoA decisions about those 2013 controls
 * @param documents the documents that implement one of them, or name the 2022 control itself
 */
public record TransitionRow(Control control, List<Control> from, List<SoaRow> decisions, List<Document> documents) {

    public boolean isNew() {
        return from.isEmpty();
    }

    public boolean covered() {
        return !documents.isEmpty();
    }

    /** Excluded in 2022 too, unless one of its 2013 predecessors was applicable. */
    public boolean allExcluded() {
        return !decisions.isEmpty() && decisions.stream().noneMatch(SoaRow::applicable);
    }
}
