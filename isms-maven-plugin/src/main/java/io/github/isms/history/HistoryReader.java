package io.github.isms.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the document-control record from git: one walk over the approval branch's first-parent line
 * for all documents at once, each main-line commit diffed against its first parent with rename
 * detection, the front matter read only where a document changed.
 */
public final class HistoryReader {

    public HistoryResult read(HistoryRequest request) {
        Path documentsDir = request.documentsDir().toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(documentsDir.toFile());
        if (builder.getGitDir() == null) {
            return unavailable(request, documentsDir, "no git repository at or above " + documentsDir
                    + "; document history is unavailable");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return unavailable(request, documentsDir, "the git repository has no work tree");
            }
            return read(request, repository, documentsDir);
        } catch (IOException e) {
            throw new HistoryException("could not read git history: " + e.getMessage(), e);
        }
    }

    private static HistoryResult unavailable(HistoryRequest request, Path documentsDir, String why) {
        List<DocumentHistory> documents = new ArrayList<>();
        for (WorkTreeDocument doc : WorkTreeDocuments.scan(documentsDir, "", request.tracked(), new FrontMatterCache(request.reader()))) {
            documents.add(new DocumentHistory(doc.frontMatter().id(), doc.path(), List.of(), ContentState.UNKNOWN,
                    null));
        }
        documents.sort(Comparator.comparing(DocumentHistory::id));
        return new HistoryResult(HistoryAvailability.UNAVAILABLE, why, documents, List.of());
    }

    private HistoryResult read(HistoryRequest request, Repository repository, Path documentsDir) throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        if (!shallow.isEmpty() && request.shallowCloneMode() == ShallowCloneMode.FAIL) {
            throw new ShallowCloneException(repository.getDirectory().toString());
        }
        String prefix = prefixOf(repository, documentsDir);
        // One cache for history and the work tree: files on disk are mostly versions history has read.
        FrontMatterCache frontMatters = new FrontMatterCache(request.reader());
        ObjectId head = repository.resolve(Constants.HEAD);
        HistoryAvailability availability = shallow.isEmpty() ? HistoryAvailability.COMPLETE
                : HistoryAvailability.TRUNCATED;
        if (head == null) {
            Walk empty = new Walk(request, prefix, Set.of());
            return empty.result(availability, "the repository has no commits yet",
                    WorkTreeDocuments.scan(documentsDir, prefix, request.tracked(), frontMatters), Map.of());
        }
        try (ObjectReader reader = repository.newObjectReader(); RevWalk revWalk = new RevWalk(reader)) {
            MainLine mainLine = MainLine.read(repository, revWalk, request.rules().branch(), head);
            Walk walk = new Walk(request, prefix, shallow);
            walk.run(repository, mainLine, frontMatters);
            List<WorkTreeDocument> workTree = WorkTreeDocuments.scan(documentsDir, prefix, request.tracked(), frontMatters);
            Map<String, String> headBlobs = blobsAt(reader, revWalk.parseCommit(head), prefix, request.tracked());
            String source = mainLine.description() + (availability == HistoryAvailability.TRUNCATED
                    ? "; shallow clone: history before the oldest available commit is unknown" : "");
            return walk.result(availability, source, workTree, headBlobs);
        }
    }

    static String prefixOf(Repository repository, Path documentsDir) throws IOException {
        Path root = repository.getWorkTree().toPath().toRealPath();
        Path docs = documentsDir.toFile().exists() ? documentsDir.toRealPath() : documentsDir;
        if (!docs.startsWith(root)) {
            throw new HistoryException(documentsDir + " is outside the work tree " + root);
        }
        String relative = root.relativize(docs).toString().replace(docs.getFileSystem().getSeparator(), "/");
        return relative.isEmpty() ? "" : relative + "/";
    }

    static Map<String, String> blobsAt(ObjectReader reader, RevCommit commit, String prefix)
            throws IOException {
        return blobsAt(reader, commit, prefix, TrackedFiles.markdown());
    }

    /** Path to blob id of every tracked file under {@code prefix} at {@code commit}. */
    static Map<String, String> blobsAt(ObjectReader reader, RevCommit commit, String prefix, TrackedFiles tracked)
            throws IOException {
        Map<String, String> blobs = new HashMap<>();
        try (TreeWalk treeWalk = new TreeWalk(reader)) {
            treeWalk.addTree(commit.getTree());
            treeWalk.setRecursive(true);
            treeWalk.setFilter(tracked.filter(prefix, false));
            while (treeWalk.next()) {
                blobs.put(treeWalk.getPathString(), treeWalk.getObjectId(0).name());
            }
        }
        return blobs;
    }

    /** The state of one reading: trackers by document id and where each path points. */
    private static final class Walk {
        private final HistoryRequest request;
        private final String prefix;
        private final Set<ObjectId> shallow;
        private final ChangeRequests changeRequests;
        private final RoleDirectory roles;
        private final Map<String, DocumentTracker> trackers = new LinkedHashMap<>();
        private final Map<String, String> idByPath = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        Walk(HistoryRequest request, String prefix, Set<ObjectId> shallow) {
            this.request = request;
            this.prefix = prefix;
            this.shallow = shallow;
            this.changeRequests = new ChangeRequests(request.rules());
            this.roles = new RoleDirectory(request.rules().roles());
        }

        void run(Repository repository, MainLine mainLine, FrontMatterCache frontMatters) throws IOException {
            ParallelChanges.forEach(repository, mainLine.commits(), prefix, request.tracked(), frontMatters, (commit, changes) -> {
                // Every main-line commit, changed documents or not: side commits belong to the first merge.
                List<RevCommit> side = mainLine.broughtInBy(commit);
                if (!changes.isEmpty()) {
                    // The boundary of a shallow clone shows every file as added: that is not their creation.
                    boolean boundary = commit.getParentCount() == 0 && shallow.contains(commit);
                    apply(commit, side, changes, boundary);
                }
            });
        }

        private void apply(RevCommit commit, List<RevCommit> side, List<DocumentChange> changes, boolean boundary) {
            // Deletions first: a document may leave one path and arrive at another in the same commit.
            for (DocumentChange change : changes) {
                if (change.type() == ChangeType.DELETE) {
                    idByPath.remove(change.oldPath());
                }
            }
            MainLineChange mainLineChange = null;
            for (DocumentChange change : changes) {
                if (change.type() == ChangeType.DELETE) {
                    continue;
                }
                String path = change.newPath();
                String blob = change.blobId();
                Optional<FrontMatter> frontMatter = change.frontMatter();
                String previousId = change.type() == ChangeType.ADD ? idByPath.get(path)
                        : idByPath.get(change.oldPath());
                if (change.type() == ChangeType.RENAME) {
                    idByPath.remove(change.oldPath());
                }
                String id = frontMatter.map(FrontMatter::id).orElse(previousId);
                if (id == null) {
                    continue; // not a document: no front matter, never was one
                }
                idByPath.put(path, id);
                DocumentTracker tracker = trackers.computeIfAbsent(id, DocumentTracker::new);
                if (boundary) {
                    tracker.baseline(path, blob, frontMatter.map(FrontMatter::version).orElse(null),
                            frontMatter.map(this::approverRoles).orElse(null));
                    continue;
                }
                if (tracker.sameContent(blob)) {
                    tracker.moved(path);
                    continue;
                }
                if (frontMatter.isEmpty()) {
                    findings.add(new Finding(FindingKind.FRONT_MATTER_UNREADABLE, id, path, commit.name(),
                            "front matter could not be read; the version of this change is unknown"));
                }
                if (mainLineChange == null) {
                    mainLineChange = new MainLineChange(commit, changeRequests.of(commit, side));
                }
                tracker.add(revision(mainLineChange, frontMatter, tracker, path, blob), findings);
                frontMatter.map(this::approverRoles).ifPresent(tracker::approverRolesNow);
            }
        }

        /** What every revision of one main-line commit shares, worked out once for all its documents. */
        private record MainLineChange(String commitId, OffsetDateTime date, ChangeRequest request) {
            MainLineChange(RevCommit commit, ChangeRequest request) {
                this(commit.name(), OffsetDateTime.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()),
                        commit.getCommitterIdent().getZoneOffset()), request);
            }
        }

        private List<String> approverRoles(FrontMatter frontMatter) {
            return frontMatter.approvers().isEmpty() ? request.rules().defaultApprovers() : frontMatter.approvers();
        }

        private Revision revision(MainLineChange change, Optional<FrontMatter> frontMatter, DocumentTracker tracker,
                String path, String blob) {
            ChangeRequest changeRequest = change.request();
            String id = tracker.id();
            List<String> approverRoles = tracker.approverRolesFor(
                    frontMatter.map(this::approverRoles).orElse(request.rules().defaultApprovers()));
            List<Person> approvers = new ArrayList<>();
            for (Person person : changeRequest.evidence()) {
                if (roles.holdsAny(person, approverRoles)) {
                    approvers.add(person);
                } else {
                    findings.add(new Finding(FindingKind.EVIDENCE_WITHOUT_ROLE, id, path, change.commitId(),
                            "approval evidence from " + person + " does not count: not in the approver roles "
                                    + approverRoles));
                }
            }
            return new Revision(frontMatter.map(FrontMatter::version).orElse(null),
                    frontMatter.map(FrontMatter::title).orElse(null), frontMatter.map(FrontMatter::status).orElse(null),
                    change.commitId(), change.date(),
                    changeRequest.authors(), approvers, changeRequest.summary(), !approvers.isEmpty(), path, blob);
        }

        HistoryResult result(HistoryAvailability availability, String source, List<WorkTreeDocument> workTree,
                Map<String, String> headBlobs) {
            List<DocumentHistory> documents = new ArrayList<>();
            Map<String, WorkTreeDocument> current = new LinkedHashMap<>();
            for (WorkTreeDocument doc : workTree) {
                current.putIfAbsent(doc.frontMatter().id(), doc);
            }
            List<Finding> all = new ArrayList<>(findings);
            for (WorkTreeDocument doc : current.values()) {
                DocumentTracker tracker = trackers.get(doc.frontMatter().id());
                ContentState state = state(tracker, doc, headBlobs);
                if (state.isDraft() && tracker != null) {
                    draftFindings(tracker, doc, state, all);
                }
                documents.add(new DocumentHistory(doc.frontMatter().id(), doc.path(),
                        tracker == null ? List.of() : tracker.revisions(), state,
                        tracker == null ? null : tracker.versionBeforeHistory()));
            }
            for (DocumentTracker tracker : trackers.values()) {
                if (!current.containsKey(tracker.id())) {
                    documents.add(new DocumentHistory(tracker.id(), tracker.path(), tracker.revisions(),
                            ContentState.REMOVED, tracker.versionBeforeHistory()));
                }
            }
            documents.sort(Comparator.comparing(DocumentHistory::id));
            return new HistoryResult(availability, source, documents, all);
        }

        private static ContentState state(DocumentTracker tracker, WorkTreeDocument doc,
                Map<String, String> headBlobs) {
            if (tracker != null && doc.blobIds().contains(tracker.blob())) {
                Revision last = tracker.lastRevision();
                if (last == null || !last.blobId().equals(tracker.blob())) {
                    return ContentState.UNKNOWN; // unchanged since the boundary of a truncated history
                }
                return last.approved() ? ContentState.APPROVED : ContentState.DRAFT_UNAPPROVED_CHANGE;
            }
            String atHead = headBlobs.get(doc.path());
            return atHead != null && doc.blobIds().contains(atHead) ? ContentState.DRAFT_OTHER_BRANCH
                    : ContentState.DRAFT_UNCOMMITTED;
        }

        /** The version rules also hold for a draft against the main line it will join. */
        private static void draftFindings(DocumentTracker tracker, WorkTreeDocument doc, ContentState state,
                List<Finding> findings) {
            String draft = doc.frontMatter().version();
            String last = tracker.version();
            if (draft == null || last == null || state == ContentState.DRAFT_UNAPPROVED_CHANGE) {
                return;
            }
            String where = state == ContentState.DRAFT_UNCOMMITTED ? "uncommitted edits" : "this branch";
            if (draft.equals(last)) {
                findings.add(new Finding(FindingKind.CONTENT_CHANGED_WITHOUT_VERSION, tracker.id(), doc.path(), null,
                        "content changed in " + where + " but version stayed " + draft));
            } else if (VersionOrder.INSTANCE.compare(draft, last) < 0) {
                findings.add(new Finding(FindingKind.VERSION_DECREASED, tracker.id(), doc.path(), null,
                        "version in " + where + " went down from " + last + " to " + draft));
            }
        }
    }
}
