package io.github.isms.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Diffs a main-line commit against its first parent under the documents folder, with rename detection,
 * and reads the front matter of what changed. One per thread: it owns its object reader.
 *
 * <p>The fast {@link TreeDiff} finds what changed; only for a commit that both adds and deletes Markdown
 * files (a possible rename) are its changes handed to JGit's rename detector, to be paired up.
 */
final class ChangeReader implements AutoCloseable {

    private final ObjectReader reader;
    private final String prefix;
    private final TreeDiff treeDiff;
    private final FrontMatterCache frontMatters;
    private final RenameDetector renames;

    ChangeReader(ObjectReader reader, String prefix, TrackedFiles tracked, FrontMatterCache frontMatters) {
        this.reader = reader;
        this.prefix = prefix;
        this.treeDiff = new TreeDiff(reader, tracked);
        this.frontMatters = frontMatters;
        this.renames = new RenameDetector(reader, new Config().get(DiffConfig.KEY));
    }

    /** Markdown files under the documents folder; with {@code changedOnly}, only those that differ. */
    static TreeFilter documentFilter(String prefix, boolean changedOnly) {
        return TrackedFiles.markdown().filter(prefix, changedOnly);
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
        for (DiffEntry entry : renamesDetected(found)) {
            changes.add(change(entry.getChangeType(), entry.getOldPath(), entry.getNewPath(),
                    entry.getNewId().toObjectId()));
        }
        return changes;
    }

    private DocumentChange change(ChangeType type, String oldPath, String newPath, ObjectId blob) throws IOException {
        return type == ChangeType.DELETE ? new DocumentChange(type, oldPath, null, null, Optional.empty())
                : new DocumentChange(type, oldPath, newPath, blob.name(), frontMatter(blob));
    }

    /** The rename detector pairs the deletions and additions {@link TreeDiff} found; no second tree walk. */
    private List<DiffEntry> renamesDetected(List<TreeDiff.Change> found) throws IOException {
        renames.reset();
        for (TreeDiff.Change change : found) {
            renames.add(new Entry(change));
        }
        try {
            return renames.compute(reader, NullProgressMonitor.INSTANCE);
        } catch (CanceledException e) {
            throw new IllegalStateException("rename detection is never cancelled here", e);
        }
    }

    /** A change of a Markdown file (a regular file: {@link TreeDiff} finds no others) as JGit's diff sees it. */
    private static final class Entry extends DiffEntry {
        private static final AbbreviatedObjectId NONE = AbbreviatedObjectId.fromObjectId(ObjectId.zeroId());

        Entry(TreeDiff.Change change) {
            changeType = change.type();
            boolean before = changeType != ChangeType.ADD;
            boolean after = changeType != ChangeType.DELETE;
            oldPath = before ? change.path() : DEV_NULL;
            newPath = after ? change.path() : DEV_NULL;
            oldMode = before ? FileMode.REGULAR_FILE : FileMode.MISSING;
            newMode = after ? FileMode.REGULAR_FILE : FileMode.MISSING;
            oldId = before ? AbbreviatedObjectId.fromObjectId(change.oldId()) : NONE;
            newId = after ? AbbreviatedObjectId.fromObjectId(change.newId()) : NONE;
        }
    }

    private Optional<ControlKeys> frontMatter(ObjectId blob) throws IOException {
        return frontMatters.get(blob, () -> reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(1 << 24));
    }

    @Override
    public void close() {
        reader.close();
    }
}
