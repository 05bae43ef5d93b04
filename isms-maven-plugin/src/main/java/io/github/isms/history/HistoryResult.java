package io.github.isms.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The document histories, keyed by document id.
 *
 * @param source              which ref and commit the history was read from, said plainly (e.g. that HEAD is
 *                            detached or the approval branch is missing); for an unavailable history, why
 * @param approvalBranchFound false when the approval branch is missing, so that nothing counts as approved
 * @param notes               what the build could not use, for the log (e.g. approval notes on commits outside
 *                            the history read)
 */
public record HistoryResult(
        HistoryAvailability availability,
        String source,
        List<DocumentHistory> documents,
        List<Finding> findings,
        boolean approvalBranchFound,
        List<String> notes) {

    public HistoryResult {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public HistoryResult(HistoryAvailability availability, String source, List<DocumentHistory> documents,
            List<Finding> findings) {
        this(availability, source, documents, findings, true, List.of());
    }

    public Optional<DocumentHistory> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Map<String, DocumentHistory> byId() {
        return documents.stream().collect(Collectors.toMap(DocumentHistory::id, Function.identity(), (a, b) -> a));
    }
}
