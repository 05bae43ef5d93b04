package io.github.isms.history;

import io.github.isms.model.EvidenceKind;
import java.util.List;

/**
 * What a main-line commit tells about the change it brought: who wrote it, whose evidence of approval
 * stands (before roles are asked), what evidence was set aside and why, how to summarise it, the request it
 * came from and what its signature shows.
 *
 * @param evidence one item per person, the strongest kind first (a review, then a trailer, then the merger)
 * @param rejected evidence that does not count, whatever the document: stale, by an author, unsigned, ...
 * @param request  the pull/merge request, or null when nothing says
 */
record ChangeRequest(List<Person> authors, List<Evidence> evidence, List<Rejection> rejected, String summary,
        RequestLink request, MergeSignature signature) {

    ChangeRequest {
        authors = List.copyOf(authors);
        evidence = List.copyOf(evidence);
        rejected = List.copyOf(rejected);
    }

    /** A person's evidence of approval; {@code login} is the platform login of a review, else null. */
    record Evidence(Person person, EvidenceKind kind, String login) {
    }

    /** Evidence set aside, as a finding for each document the commit changes. */
    record Rejection(FindingKind kind, String message) {
    }
}
