package io.github.isms.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Follows one document id along the main line, collecting revisions and the rule findings. */
final class DocumentTracker {

    private final String id;
    private final List<Revision> revisions = new ArrayList<>();
    private final Map<String, String> blobByVersion = new HashMap<>();
    private String path;
    private String blob;
    private ControlKeys keys;
    private String version;
    private String versionBeforeHistory;
    /**
     * The approver roles the content now on the main line names in its front matter (empty: the defaults in
     * force apply); null before the document exists there.
     */
    private List<String> approverRoles;

    DocumentTracker(String id) {
        this.id = id;
    }

    /** The document as found at the boundary of a truncated history: known, but not a revision. */
    void baseline(String atPath, String blobId, ControlKeys atKeys, String atVersion, List<String> atApproverRoles) {
        keys = atKeys;
        approverRoles = atApproverRoles;
        path = atPath;
        blob = blobId;
        version = atVersion;
        versionBeforeHistory = atVersion;
        if (atVersion != null) {
            blobByVersion.put(atVersion, blobId);
        }
    }

    /** A rename without a content change moves the locator only. */
    boolean sameContent(String blobId) {
        return blobId.equals(blob);
    }

    void moved(String newPath) {
        path = newPath;
    }

    /**
     * The roles whose approval a change needs, as its front matter names them: those of the document as it
     * stood before the change, so that a pull request can not name its own approvers. A new document needs
     * the roles it names. Empty means the default approvers of the rules in force.
     */
    List<String> approverRolesFor(List<String> proposed) {
        return approverRoles != null ? approverRoles : proposed;
    }

    /** After a change reached the main line, its roles govern the next change. */
    void approverRolesNow(List<String> roles) {
        approverRoles = roles;
    }

    /** Whether content with these keys says what the last revision said, apart from its {@code reviewed:} date. */
    boolean onlyReviewed(ControlKeys next) {
        return next != null && next.sameSubstanceAs(keys);
    }

    void add(Revision revision, ControlKeys revisionKeys, List<Finding> findings) {
        String next = revision.version();
        boolean reviewOnly = onlyReviewed(revisionKeys);
        keys = revisionKeys;
        if (next != null && version != null) {
            if (next.equals(version)) {
                // A periodic review of unchanged content is recorded by moving reviewed:, not the version.
                if (!reviewOnly) {
                    findings.add(new Finding(FindingKind.CONTENT_CHANGED_WITHOUT_VERSION, id, revision.path(),
                            revision.commitId(), "content changed but version stayed " + next));
                }
            } else {
                if (VersionOrder.INSTANCE.compare(next, version) < 0) {
                    findings.add(new Finding(FindingKind.VERSION_DECREASED, id, revision.path(), revision.commitId(),
                            "version went down from " + version + " to " + next));
                }
                String earlier = blobByVersion.get(next);
                if (earlier != null && !earlier.equals(revision.blobId())) {
                    findings.add(new Finding(FindingKind.VERSION_REUSED, id, revision.path(), revision.commitId(),
                            "version " + next + " was used before for different content"));
                }
            }
        }
        revisions.add(revision);
        path = revision.path();
        blob = revision.blobId();
        if (next != null) {
            version = next;
            blobByVersion.put(next, revision.blobId());
        }
    }

    String id() {
        return id;
    }

    String path() {
        return path;
    }

    String blob() {
        return blob;
    }

    String version() {
        return version;
    }

    List<Revision> revisions() {
        return revisions;
    }

    Revision lastRevision() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    String versionBeforeHistory() {
        return versionBeforeHistory;
    }
}
