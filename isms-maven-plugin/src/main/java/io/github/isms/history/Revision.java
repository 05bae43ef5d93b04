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
 * @param approvals     the approvals that count: people holding one of the document's approver roles, each with
 *                      the role and the evidence; one approval per person
 * @param changeSummary pull/merge request title where the merge message carries it, else the subject
 * @param approved      whether {@code approvers} is not empty
 * @param path          where the document was after this commit (a locator, not the identity)
 * @param blobId        the content's git object id, to compare contents
 * @param request       the pull/merge request the commit came from, or null when nothing says
 * @param signature     what the commit's signature shows, when trusted signers are configured
 */
public record Revision(
        String version,
        String title,
        String status,
        String commitId,
        OffsetDateTime date,
        List<Person> authors,
        List<Approval> approvals,
        String changeSummary,
        boolean approved,
        String path,
        String blobId,
        RequestLink request,
        MergeSignature signature) {

    public Revision {
        authors = List.copyOf(authors);
        approvals = List.copyOf(approvals);
        signature = signature == null ? MergeSignature.NOT_CHECKED : signature;
    }

    /** A revision known only by its approvers (no roles, evidence, request or signature). */
    public Revision(String version, String title, String status, String commitId, OffsetDateTime date,
            List<Person> authors, List<Person> approvers, String changeSummary, boolean approved, String path,
            String blobId) {
        this(version, title, status, commitId, date, authors,
                approvers.stream().map(p -> new Approval(p, null, null, null)).toList(), changeSummary, approved, path,
                blobId, null, null);
    }

    /** The people whose approval counts. */
    public List<Person> approvers() {
        return approvals.stream().map(Approval::person).toList();
    }

    /** The commit id as people quote it: its first twelve hex digits. */
    public String shortCommitId() {
        return commitId.length() > 12 ? commitId.substring(0, 12) : commitId;
    }
}
