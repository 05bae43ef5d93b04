package io.github.isms.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Diffs a main-line commit against its first parent under the documents folder, with rename detection,
 * and reads the front matter of what changed. One per thread: it owns its object reader.
 *
 * <p>The fast {@link TreeDiff} finds what changed; only a commit that both adds and deletes Markdown
 * files (a possible rename) is diffed again through JGit's tree walk, whose entries the rename detector
 * pairs up.
 */
final class ChangeReader implements AutoCloseable {

    private final ObjectReader reader;
    private final TreeFilter filter;
    private final String prefix;
    private final TreeDiff treeDiff;
    private final FrontMatterReader frontMatterReader;
    private final RenameDetector renames;
    private final Map<ObjectId, Optional<FrontMatter>> frontMatterByBlob = new HashMap<>();

    ChangeReader(ObjectReader reader, String prefix, FrontMatterReader frontMatterReader) {
        this.reader = reader;
        this.filter = documentFilter(prefix, true);
        this.prefix = prefix;
        this.treeDiff = new TreeDiff(reader);
        this.frontMatterReader = frontMatterReader;
        this.renames = new RenameDetector(reader, new Config().get(DiffConfig.KEY));
    }

    /** Markdown files under the documents folder; with {@code changedOnly}, only those that differ. */
    static TreeFilter documentFilter(String prefix, boolean changedOnly) {
        List<TreeFilter> filters = new ArrayList<>();
        if (changedOnly) {
            filters.add(TreeFilter.ANY_DIFF); // first: the cheapest test, and it rejects most entries
        }
        if (!prefix.isEmpty()) {
            filters.add(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
        }
        filters.add(PathSuffixFilter.create(".md"));
        return filters.size() == 1 ? filters.get(0) : AndTreeFilter.create(filters);
    }

    List<DocumentChange> changes(RevCommit commit) throws IOException {
        List<TreeDiff.Change> found = treeDiff.diff(commit.getParentCount() == 0 ? null
                : commit.getParent(0).getTree(), commit.getTree(), prefix);
        boolean added = found.stream().anyMatch(c -> c.type() == ChangeType.ADD);
        boolean deleted = found.stream().anyMatch(c -> c.type() == ChangeType.DELETE);
        List<DocumentChange> changes = new ArrayList<>();
        if (!(added && deleted)) {
            for (TreeDiff.Change change : found) {
                changes.add(change(change.type(), change.path(), change.path(), change.newId()));
            }
            return changes;
        }
        for (DiffEntry entry : renamesDetected(commit)) {
            changes.add(change(entry.getChangeType(), entry.getOldPath(), entry.getNewPath(),
                    entry.getNewId().toObjectId()));
        }
        return changes;
    }

    private DocumentChange change(ChangeType type, String oldPath, String newPath, ObjectId blob) throws IOException {
        return type == ChangeType.DELETE ? new DocumentChange(type, oldPath, null, null, Optional.empty())
                : new DocumentChange(type, oldPath, newPath, blob.name(), frontMatter(blob));
    }

    private List<DiffEntry> renamesDetected(RevCommit commit) throws IOException {
        try (TreeWalk treeWalk = new TreeWalk(reader)) {
            treeWalk.setRecursive(true);
            treeWalk.setFilter(filter);
            if (commit.getParentCount() == 0) {
                treeWalk.addTree(new EmptyTreeIterator());
            } else {
                treeWalk.addTree(commit.getParent(0).getTree());
            }
            treeWalk.addTree(commit.getTree());
            renames.reset();
            renames.addAll(DiffEntry.scan(treeWalk));
            try {
                return renames.compute(reader, NullProgressMonitor.INSTANCE);
            } catch (CanceledException e) {
                throw new IllegalStateException("rename detection is never cancelled here", e);
            }
        }
    }

    private Optional<FrontMatter> frontMatter(ObjectId blob) throws IOException {
        Optional<FrontMatter> cached = frontMatterByBlob.get(blob);
        if (cached == null) {
            cached = frontMatterReader.read(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(1 << 24));
            frontMatterByBlob.put(blob, cached);
        }
        return cached;
    }

    @Override
    public void close() {
        reader.close();
    }
}
