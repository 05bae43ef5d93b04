package io.github.isms.changes;

import java.util.List;
import java.util.Set;

/**
 * One document a pull request changes.
 *
 * @param title              the title after the change (before it, for a deleted document)
 * @param path               the file after the change, relative to the repository root; for a deleted
 *                           document, where it was
 * @param previousPath       the file at the base, or null for an added document
 * @param previousVersion    the version at the base, or null for an added document
 * @param version            the version after the change, or null for a deleted one
 * @param edited             whether the content changed (a rename alone does not change it)
 * @param requiredApprovals  the approver roles as in force at the base, so that a pull request can not name its
 *                           own approvers; a new document needs the roles it names
 * @param proposedApprovers  the approver roles the change writes into the document; they govern the next change
 * @param redline            the word-level redline of the source, as HTML lines ({@code ""} when not edited)
 */
public record ChangedDocument(
        String id,
        String title,
        ChangeKind change,
        String path,
        String previousPath,
        String previousVersion,
        String version,
        VersionBump bump,
        boolean edited,
        List<RequiredApproval> requiredApprovals,
        List<String> proposedApprovers,
        String redline) {

    public ChangedDocument {
        requiredApprovals = List.copyOf(requiredApprovals);
        proposedApprovers = List.copyOf(proposedApprovers);
    }

    /** The roles the change needs, in order. */
    public List<String> requiredRoles() {
        return requiredApprovals.stream().map(RequiredApproval::role).toList();
    }

    /** Whether the change names other approvers than those it needs (they count from the next change on). */
    public boolean approversChanged() {
        return change != ChangeKind.ADDED && change != ChangeKind.DELETED
                && !Set.copyOf(proposedApprovers).equals(Set.copyOf(requiredRoles()));
    }
}
