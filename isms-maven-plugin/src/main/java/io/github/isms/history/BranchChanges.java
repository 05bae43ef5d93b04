package io.github.isms.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

/**
 * The documents a branch changes: what differs between the merge-base of a base ref and HEAD, and the
 * work tree (HEAD plus any uncommitted edits). The merge-base, not the base's tip, is the other side, so
 * work merged into the base since the branch started is not counted as the branch's. A document is
 * followed by its front-matter id, as history follows it, so a file renamed and edited is one change.
 *
 * @param base        the base as asked for, e.g. {@code origin/main}
 * @param baseCommit  the commit it names
 * @param mergeBase   the newest common ancestor of that commit and HEAD
 * @param head        the commit checked out
 * @param uncommitted whether the work tree's documents differ from HEAD's
 * @param configAtBase the text of isms.yaml at the merge-base, when it existed there
 * @param configChanged whether isms.yaml on disk differs from the merge-base's
 * @param configsElsewhereAtBase when there was no isms.yaml at that place at the merge-base: the paths
 *                    of the files named isms.yaml it had elsewhere (an ISMS folder the branch moves)
 * @param changes     one per document that differs, by id
 */
public record BranchChanges(String base, String baseCommit, String mergeBase, String head, boolean uncommitted,
        Optional<String> configAtBase, boolean configChanged, List<String> configsElsewhereAtBase, List<Change> changes) {

    public BranchChanges {
        configsElsewhereAtBase = List.copyOf(configsElsewhereAtBase);
        changes = List.copyOf(changes);
    }

    /**
     * One version of a document file.
     *
     * @param path         relative to the work tree's root, with {@code /}, as a pull request shows it
     * @param relativePath relative to the documents folder
     * @param frontMatter  empty when the file's front matter can not be read
     */
    public record Side(String path, String relativePath, String text, Optional<ControlKeys> frontMatter) {
    }

    /** A document that differs; {@code before} is null for an added one, {@code after} for a deleted one. */
    public record Change(String id, Side before, Side after, boolean edited) {
    }

    /** Reads the changes with the usual front-matter reader. */
    public static BranchChanges read(Path documentsDir, Path configFile, String base) {
        return read(documentsDir, configFile, base, new YamlFrontMatterReader());
    }

    /**
     * @param configFile isms.yaml on disk, whose text at the merge-base is returned too
     * @param base       a remote-tracking branch ({@code origin/main}), branch, tag or commit; a bare branch
     *                   name missing locally is looked up as {@code origin/<name>}, as CI checks out no local one
     * @throws BaseUnavailableException when the changes can not be established, saying why
     */
    public static BranchChanges read(Path documentsDir, Path configFile, String base, FrontMatterReader reader) {
        Path docs = documentsDir.toAbsolutePath().normalize();
        GitLocation location = GitLocation.of(docs);
        if (!location.available()) {
            throw new BaseUnavailableException(BaseUnavailableException.Reason.NO_REPOSITORY, location.unavailable());
        }
        try (Repository repository = new FileRepositoryBuilder().findGitDir(docs.toFile()).setMustExist(true).build()) {
            return new Reading(repository, docs, new FrontMatterCache(reader)).read(configFile, base);
        } catch (IOException e) {
            throw new HistoryException("could not read the git repository: " + e.getMessage(), e);
        }
    }

    /** One reading of one repository. */
    private record Reading(Repository repository, Path documentsDir, FrontMatterCache frontMatters) {

        BranchChanges read(Path configFile, String base) throws IOException {
            boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw new BaseUnavailableException(BaseUnavailableException.Reason.BASE_NOT_FOUND,
                        "the repository has no commits yet, so there is nothing to compare with '" + base + "'");
            }
            ObjectId baseId = resolve(base);
            if (baseId == null) {
                throw shallow ? shallow("the base '" + base + "' is not in it")
                        : new BaseUnavailableException(BaseUnavailableException.Reason.BASE_NOT_FOUND,
                                "the base '" + base + "' names no branch, tag or commit in this repository; fetch it "
                                        + "(e.g. `git fetch origin main`) or set isms.review.base to one that exists");
            }
            String prefix = HistoryReader.prefixOf(repository, documentsDir);
            try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                RevCommit baseCommit = parse(walk, baseId, base, shallow);
                RevCommit headCommit = walk.parseCommit(head);
                RevCommit mergeBase = mergeBase(walk, baseCommit, headCommit);
                if (mergeBase == null) {
                    throw shallow ? shallow("the merge-base of '" + base + "' and HEAD is not in it")
                            : new BaseUnavailableException(BaseUnavailableException.Reason.NO_COMMON_HISTORY,
                                    "the base '" + base + "' and HEAD share no history");
                }
                List<WorkTreeDocument> workTree = WorkTreeDocuments.scan(documentsDir, prefix, TrackedFiles.markdown(), frontMatters);
                List<Change> changes = changes(reader, HistoryReader.blobsAt(reader, mergeBase, prefix), workTree,
                        prefix);
                boolean uncommitted = differs(HistoryReader.blobsAt(reader, headCommit, prefix), workTree, prefix);
                Optional<String> config = textAt(reader, mergeBase, configFile);
                boolean configChanged = config.isPresent() && !config.get().equals(normalized(readText(configFile)));
                List<String> elsewhere = config.isPresent() ? List.of() : filesNamed(reader, mergeBase, "isms.yaml");
                return new BranchChanges(base, baseCommit.name(), mergeBase.name(), headCommit.name(), uncommitted,
                        config, configChanged, elsewhere, changes);
            }
        }

        private ObjectId resolve(String base) throws IOException {
            List<String> candidates = new ArrayList<>(List.of(base));
            if (!base.startsWith("refs/") && !base.startsWith("origin/")) {
                candidates.add("refs/remotes/origin/" + base);
            }
            for (String candidate : candidates) {
                try {
                    ObjectId id = repository.resolve(candidate + "^{commit}");
                    if (id != null) {
                        return id;
                    }
                } catch (RevisionSyntaxException | MissingObjectException e) {
                    // not a name git knows; the next candidate, or "not found"
                } catch (IncorrectObjectTypeException e) {
                    return null; // names a tree or a blob, not a commit
                }
            }
            return null;
        }

        private static RevCommit parse(RevWalk walk, ObjectId id, String base, boolean shallow) throws IOException {
            try {
                return walk.parseCommit(id);
            } catch (MissingObjectException e) {
                throw shallow ? shallow("the base '" + base + "' is not in it")
                        : new BaseUnavailableException(BaseUnavailableException.Reason.BASE_NOT_FOUND,
                                "the base '" + base + "' names a commit that is not in this repository");
            }
        }

        private static RevCommit mergeBase(RevWalk walk, RevCommit base, RevCommit head) throws IOException {
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(base);
            walk.markStart(head);
            return walk.next();
        }

        private static BaseUnavailableException shallow(String what) {
            return new BaseUnavailableException(BaseUnavailableException.Reason.SHALLOW, "the git repository is a "
                    + "shallow clone and " + what + ", so the changes of this branch can not be established. Fetch "
                    + "the full history: `fetch-depth: 0` on actions/checkout (GitHub Actions), `GIT_DEPTH: 0` "
                    + "(GitLab CI), or `git fetch --unshallow`");
        }

        /** Pairs the merge-base's documents with the work tree's by id; identical pairs are left out. */
        private List<Change> changes(ObjectReader reader, Map<String, String> baseBlobs,
                List<WorkTreeDocument> workTree, String prefix) throws IOException {
            Map<String, Side> before = new LinkedHashMap<>();
            Map<String, String> blobOf = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : new TreeMap<>(baseBlobs).entrySet()) {
                ObjectId blob = ObjectId.fromString(entry.getValue());
                Optional<ControlKeys> frontMatter = frontMatters.get(blob, () -> bytes(reader, blob));
                if (frontMatter.isPresent() && !before.containsKey(frontMatter.get().id())) {
                    before.put(frontMatter.get().id(), new Side(entry.getKey(), entry.getKey().substring(prefix.length()),
                            text(bytes(reader, blob)), frontMatter));
                    blobOf.put(frontMatter.get().id(), entry.getValue());
                }
            }
            Map<String, WorkTreeDocument> after = new LinkedHashMap<>();
            workTree.forEach(doc -> after.putIfAbsent(doc.frontMatter().id(), doc));
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Side> entry : before.entrySet()) {
                String id = entry.getKey();
                Side old = entry.getValue();
                WorkTreeDocument now = after.remove(id);
                if (now == null) {
                    // Still on disk but without readable front matter: changed (the loader says why), not deleted.
                    Path file = documentsDir.resolve(old.relativePath());
                    changes.add(new Change(id, old, Files.isRegularFile(file)
                            ? new Side(old.path(), old.relativePath(), readText(file), Optional.empty()) : null, true));
                } else if (!now.blobIds().contains(blobOf.get(id)) || !now.path().equals(old.path())) {
                    changes.add(new Change(id, old, side(now, prefix), !now.blobIds().contains(blobOf.get(id))));
                }
            }
            for (WorkTreeDocument added : after.values()) {
                changes.add(new Change(added.frontMatter().id(), null, side(added, prefix), true));
            }
            changes.sort(Comparator.comparing(Change::id));
            return changes;
        }

        private Side side(WorkTreeDocument doc, String prefix) throws IOException {
            String relative = doc.path().substring(prefix.length());
            return new Side(doc.path(), relative, readText(documentsDir.resolve(relative)),
                    Optional.of(doc.frontMatter()));
        }

        /** Whether a document on disk differs from HEAD's, or one of HEAD's files is gone from disk. */
        private boolean differs(Map<String, String> headBlobs, List<WorkTreeDocument> workTree, String prefix) {
            for (WorkTreeDocument doc : workTree) {
                if (!doc.blobIds().contains(headBlobs.get(doc.path()))) {
                    return true;
                }
            }
            return headBlobs.keySet().stream()
                    .anyMatch(path -> !Files.exists(documentsDir.resolve(path.substring(prefix.length()))));
        }

        /* The paths (from the work tree's root) of the files with this name anywhere in the commit. */
        private static List<String> filesNamed(ObjectReader reader, RevCommit commit, String name) throws IOException {
            List<String> found = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(reader)) {
                walk.addTree(commit.getTree());
                walk.setRecursive(true);
                walk.setFilter(PathSuffixFilter.create("/" + name));
                while (walk.next()) {
                    found.add(walk.getPathString());
                }
            }
            try (TreeWalk top = TreeWalk.forPath(reader, name, commit.getTree())) {
                if (top != null) {
                    found.add(0, name);
                }
            }
            return found;
        }

        private Optional<String> textAt(ObjectReader reader, RevCommit commit, Path file) throws IOException {
            Path root = repository.getWorkTree().toPath().toRealPath();
            Path absolute = file.toAbsolutePath().normalize();
            Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
            if (!real.startsWith(root)) {
                return Optional.empty();
            }
            String path = root.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
            try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
                return walk == null ? Optional.empty() : Optional.of(normalized(text(bytes(reader, walk.getObjectId(0)))));
            }
        }

        private static byte[] bytes(ObjectReader reader, ObjectId blob) throws IOException {
            return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(1 << 24);
        }

        private static String readText(Path file) throws IOException {
            return Files.exists(file) ? text(Files.readAllBytes(file)) : "";
        }

        /** Bytes that are not UTF-8 become U+FFFD: the source reader reports them, a redline still shows the rest. */
        private static String text(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        private static String normalized(String text) {
            return text.replace("\r\n", "\n");
        }
    }
}
