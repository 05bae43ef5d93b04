package io.github.isms.catalog;

import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transition help for an ISMS on ISO/IEC 27001:2013: its documents and SoA decisions carried to
 * the 2022 controls through ISO/IEC 27002:2022 Table B.1. The 2022 controls that are new have no
 * predecessor, so only a document naming the 2022 id itself covers them (2013 and 2022 control
 * ids never collide: three numbers against two).
 */
public record Transition(List<TransitionRow> rows) {

    public static Transition of(IsmsProject project, StatementOfApplicability soa2013) {
        Catalog annexA2022 = Framework.load(Edition.ISO27001_2022).annexA();
        Map<String, List<String>> mapping = Framework.transitionMapping();
        List<TransitionRow> rows = new ArrayList<>();
        for (Control control : annexA2022.controls()) {
            List<SoaRow> decisions = mapping.getOrDefault(control.id(), List.of()).stream()
                    .flatMap(id -> soa2013.row(id).stream()).toList();
            Set<Document> documents = new LinkedHashSet<>();
            decisions.forEach(d -> documents.addAll(d.implementedBy()));
            documents.addAll(StatementOfApplicability.implementing(project, control.id()));
            rows.add(new TransitionRow(control, decisions.stream().map(SoaRow::control).toList(), decisions, List.copyOf(documents)));
        }
        return new Transition(List.copyOf(rows));
    }

    /** The controls new in 2022 that no document covers yet: the transition's work list. */
    public List<TransitionRow> uncoveredNew() {
        return rows.stream().filter(r -> r.isNew() && !r.covered()).toList();
    }

    public List<TransitionRow> newControls() {
        return rows.stream().filter(TransitionRow::isNew).toList();
    }
}
