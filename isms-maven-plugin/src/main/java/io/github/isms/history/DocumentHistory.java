package io.github.isms.history;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history of one document, oldest revision first.
 *
 * @param path                  current path in the work tree, or the last known one when removed
 * @param revisions             every main-line change, oldest first
 * @param state                 what the content being built is
 * @param versionBeforeHistory  in a truncated (shallow) history, the version the document already had
 *                              at the oldest available commit; null when history is complete
 */
public record DocumentHistory(
        String id,
        String path,
        List<Revision> revisions,
        ContentState state,
        String versionBeforeHistory) {

    public DocumentHistory {
        revisions = List.copyOf(revisions);
    }

    /** One row per version, as a revision table shows it: the last main-line change of each version. */
    public List<Revision> versionTable() {
        Map<String, Revision> byVersion = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            byVersion.remove(revision.version());
            byVersion.put(revision.version(), revision);
        }
        return new ArrayList<>(byVersion.values());
    }

    public Optional<Revision> lastApproved() {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).approved()) {
                return Optional.of(revisions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Last approval date plus the review interval; empty when never approved. */
    public Optional<LocalDate> nextReview(Period interval) {
        return lastApproved().map(r -> r.date().toLocalDate().plus(interval));
    }

    /** Whether the next review lies before {@code today}, a date the caller chooses for reproducible output. */
    public boolean reviewOverdue(Period interval, LocalDate today) {
        return nextReview(interval).map(today::isAfter).orElse(false);
    }
}
