package io.github.isms.changes;

import java.util.List;

/**
 * What a pull request changes in the ISMS.
 *
 * @param base          the base as asked for ({@code origin/main})
 * @param baseCommit    the commit it named; null when the review was not possible
 * @param mergeBase     the commit the changes are counted from; null when the review was not possible
 * @param head          the commit reviewed; null when the review was not possible
 * @param uncommitted   whether the work tree's documents differ from HEAD (a local run with edits)
 * @param configChanged whether isms.yaml changes; approvers and their people are then still taken from the base
 * @param unavailable   why the changes could not be established, or null
 */
public record ChangeReport(String base, String baseCommit, String mergeBase, String head, boolean uncommitted,
        boolean configChanged, List<ChangedDocument> documents, String unavailable) {

    public ChangeReport {
        documents = List.copyOf(documents);
    }

    static ChangeReport unavailable(String base, String why) {
        return new ChangeReport(base, null, null, null, false, false, List.of(), why);
    }

    public boolean available() {
        return unavailable == null;
    }
}
