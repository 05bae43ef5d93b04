package io.github.isms.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change of a document on the approval branch's first-parent line.
 *
 * @param version       the front-matter version at that commit, as written; null when unreadable
 * @param title         the front-matter title at that commit
 * @param status        the front-matter status at that commit (e.g. {@code retired}), or null
 * @param commitId      the main-line commit (merge, squash or direct commit) that changed the document
 * @param date          the commit time of that commit, in the committer's offset (never the clock)
 * @param authors       authors of the side-branch commits the merge brought in, or the commit's author
 *                      and its {@code Co-authored-by} trailers for a squash or direct commit
 * @param approvers     people whose evidence counts: they hold one of the document's approver roles
 * @param changeSummary pull/merge request title where the merge message carries it, else the subject
 * @param approved      whether {@code approvers} is not empty
 * @param path          where the document was after this commit (a locator, not the identity)
 * @param blobId        the content's git object id, to compare contents
 */
public record Revision(
        String version,
        String title,
        String status,
        String commitId,
        OffsetDateTime date,
        List<Person> authors,
        List<Person> approvers,
        String changeSummary,
        boolean approved,
        String path,
        String blobId) {

    public Revision {
        authors = List.copyOf(authors);
        approvers = List.copyOf(approvers);
    }
}
