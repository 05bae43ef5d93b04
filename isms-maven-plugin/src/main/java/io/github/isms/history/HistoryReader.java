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

    private final Path cacheFile;
    private final String version;
    private int commitsRead;

    /** A reader that reads every commit. */
    public HistoryReader() {
        this(null, "");
    }

    private HistoryReader(Path cacheFile, String version) {
        this.cacheFile = cacheFile;
        this.version = version;
    }

    /**
     * A reader that keeps the changes of the main-line commits it read in {@code cacheFile} and, next time,
     * reads only the commits not there (see {@link ChangeCache}); the history is the same either way.
     *
     * @param version the plugin's version: changes read by another version are read again
     */
    public static HistoryReader cachedIn(Path cacheFile, String version) {
        return new HistoryReader(cacheFile, version);
    }

    /** How many main-line commits the last {@link #read} diffed, rather than took from the cache. */
    public int commitsRead() {
        return commitsRead;
    }

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
            ChangeCache cache = cacheFile == null || !shallow.isEmpty() ? ChangeCache.none()
                    : ChangeCache.open(cacheFile, version, prefix, request.tracked());
            walk.run(repository, reader, mainLine, frontMatters, cache);
            commitsRead = cache.commitsRead();
            cache.save(mainLine.commits());
            List<WorkTreeDocument> workTree = WorkTreeDocuments.scan(documentsDir, prefix, request.tracked(), frontMatters);
            Map<String, String> headBlobs = blobsAt(reader, revWalk.parseCommit(head), prefix, request.tracked());
            String source = mainLine.description() + (availability == HistoryAvailability.TRUNCATED
                    ? "; shallow clone: history before the oldest available commit is unknown" : "");
            return walk.result(availability, source, workTree, headBlobs);
        }
    }

    /** isms.yaml relative to the repository root, or null when it lies outside the work tree. */
    private static String configPath(Repository repository, Path configFile) throws IOException {
        if (configFile == null) {
            return null;
        }
        Path root = repository.getWorkTree().toPath().toRealPath();
        Path parent = configFile.toAbsolutePath().normalize().getParent();
        Path dir = parent != null && parent.toFile().exists() ? parent.toRealPath() : parent;
        if (dir == null || !dir.startsWith(root)) {
            return null;
        }
        String relative = root.relativize(dir.resolve(configFile.getFileName().toString())).toString();
        return relative.replace(dir.getFileSystem().getSeparator(), "/");
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
        private final Map<String, DocumentTracker> trackers = new LinkedHashMap<>();
        private final Map<String, String> idByPath = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private boolean branchFound = true;
        private RulesInForce rulesInForce;
        private ApprovalNotes approvalNotes;
        private MergeSignatures signatures;

        Walk(HistoryRequest request, String prefix, Set<ObjectId> shallow) {
            this.request = request;
            this.prefix = prefix;
            this.shallow = shallow;
        }

        void run(Repository repository, ObjectReader reader, MainLine mainLine, FrontMatterCache frontMatters,
                ChangeCache cache) throws IOException {
            branchFound = mainLine.branchFound();
            rulesInForce = new RulesInForce(reader, configPath(repository, request.configFile()), request.rulesReader(),
                    request.rules());
            approvalNotes = ApprovalNotes.read(repository, reader);
            try (MergeSignatures checked = new MergeSignatures(repository)) {
                signatures = checked;
                ParallelChanges.forEach(repository, mainLine.commits(), prefix, request.tracked(), frontMatters, cache,
                        (commit, changes) -> {
                    // Every main-line commit, changed documents or not: side commits belong to the first merge.
                    List<RevCommit> side = mainLine.broughtInBy(commit);
                    if (!changes.isEmpty()) {
                        // The boundary of a shallow clone shows every file as added: that is not their creation.
                        boolean boundary = commit.getParentCount() == 0 && shallow.contains(commit);
                        apply(commit, side, changes, boundary);
                    }
                });
            }
            List<ObjectId> outside = approvalNotes.outside(Set.copyOf(mainLine.commits()));
            if (!outside.isEmpty()) {
                notes.add(outside.size() + " approval note(s) under " + ApprovalNotes.REF + " are on commits outside "
                        + "the history read (e.g. " + outside.get(0).name().substring(0, 12) + "); they are ignored.");
            }
        }

        /** The rules in force, the note and the signature of a main-line commit, read once for all its documents. */
        private MainLineChange mainLineChange(RevCommit commit, List<RevCommit> side) throws IOException {
            RulesInForce.InForce inForce = rulesInForce.before(commit);
            Optional<ApprovalNote> note = Optional.empty();
            try {
                note = approvalNotes.of(commit);
            } catch (ApprovalNote.Invalid e) {
                findings.add(new Finding(FindingKind.NOTE_INVALID, null, ApprovalNotes.REF, commit.name(),
                        "the approval note on commit " + commit.name().substring(0, 12) + " is not an "
                                + ApprovalNote.FORMAT + " note: " + e.getMessage() + "; its reviews do not count"));
            }
            MergeSignature signature = signatures.check(commit, inForce.rules().signers());
            return new MainLineChange(commit, inForce,
                    ChangeRequests.of(commit, side, inForce, note, signature, branchFound));
        }

        private void apply(RevCommit commit, List<RevCommit> side, List<DocumentChange> changes, boolean boundary)
                throws IOException {
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
                Optional<ControlKeys> frontMatter = change.frontMatter();
                String previousId = change.type() == ChangeType.ADD ? idByPath.get(path)
                        : idByPath.get(change.oldPath());
                if (change.type() == ChangeType.RENAME) {
                    idByPath.remove(change.oldPath());
                }
                String id = frontMatter.map(ControlKeys::id).orElse(previousId);
                if (id == null) {
                    continue; // not a document: no front matter, never was one
                }
                idByPath.put(path, id);
                DocumentTracker tracker = trackers.computeIfAbsent(id, DocumentTracker::new);
                if (boundary) {
                    tracker.baseline(path, blob, frontMatter.orElse(null), frontMatter.map(ControlKeys::version).orElse(null),
                            frontMatter.map(ControlKeys::approvers).orElse(null));
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
                    mainLineChange = mainLineChange(commit, side);
                }
                tracker.add(revision(mainLineChange, frontMatter, tracker, path, blob), frontMatter.orElse(null), findings);
                frontMatter.map(ControlKeys::approvers).ifPresent(tracker::approverRolesNow);
            }
        }

        /** What every revision of one main-line commit shares, worked out once for all its documents. */
        private record MainLineChange(String commitId, OffsetDateTime date, RulesInForce.InForce inForce,
                ChangeRequest request) {
            MainLineChange(RevCommit commit, RulesInForce.InForce inForce, ChangeRequest request) {
                this(commit.name(), OffsetDateTime.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()),
                        commit.getCommitterIdent().getZoneOffset()), inForce, request);
            }
        }

        private Revision revision(MainLineChange change, Optional<ControlKeys> frontMatter, DocumentTracker tracker,
                String path, String blob) {
            ChangeRequest changeRequest = change.request();
            RulesInForce.InForce inForce = change.inForce();
            String id = tracker.id();
            List<String> named = tracker.approverRolesFor(frontMatter.map(ControlKeys::approvers).orElse(List.of()));
            List<String> approverRoles = named.isEmpty() ? inForce.rules().defaultApprovers() : named;
            for (ChangeRequest.Rejection rejection : changeRequest.rejected()) {
                findings.add(new Finding(rejection.kind(), id, path, change.commitId(), rejection.message()));
            }
            List<Approval> approvals = new ArrayList<>();
            for (ChangeRequest.Evidence evidence : changeRequest.evidence()) {
                Person person = evidence.person();
                Optional<String> role = inForce.roles().roleAmong(person, approverRoles);
                if (role.isPresent()) {
                    approvals.add(new Approval(person, role.get(), evidence.kind(), evidence.login()));
                } else {
                    findings.add(new Finding(FindingKind.EVIDENCE_WITHOUT_ROLE, id, path, change.commitId(),
                            "approval evidence (" + evidence.kind().word() + ") from " + person
                                    + " does not count: not in the approver roles " + approverRoles));
                }
            }
            return new Revision(frontMatter.map(ControlKeys::version).orElse(null),
                    frontMatter.map(ControlKeys::title).orElse(null), frontMatter.map(ControlKeys::status).orElse(null),
                    change.commitId(), change.date(), changeRequest.authors(), approvals, changeRequest.summary(),
                    !approvals.isEmpty(), path, blob, changeRequest.request(), changeRequest.signature());
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
            return new HistoryResult(availability, source, documents, all, branchFound, notes);
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
            if (draft.equals(last) && !tracker.onlyReviewed(doc.frontMatter())) {
                findings.add(new Finding(FindingKind.CONTENT_CHANGED_WITHOUT_VERSION, tracker.id(), doc.path(), null,
                        "content changed in " + where + " but version stayed " + draft));
            } else if (VersionOrder.INSTANCE.compare(draft, last) < 0) {
                findings.add(new Finding(FindingKind.VERSION_DECREASED, tracker.id(), doc.path(), null,
                        "version in " + where + " went down from " + last + " to " + draft));
            }
        }
    }
}
