package io.github.isms.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.util.Paths;

/**
 * The Markdown files that differ between two trees under a folder, read straight from the raw tree
 * objects. Two versions of a folder's tree are mostly the same bytes, so each run of entries up to the
 * next differing byte is skipped without being decoded, and the comparison stops as soon as the rest is
 * identical; a generic tree walk decodes every entry and was the largest cost of reading history.
 */
final class TreeDiff {

    /** @param path the new path, or the old one for a deletion */
    record Change(ChangeType type, String path, ObjectId oldId, ObjectId newId) {
    }

    private static final byte[] EMPTY = new byte[0];

    private final ObjectReader reader;
    /** Trees read for the commit diffed before: along the main line, one commit's new side is its child's old side. */
    private Map<ObjectId, byte[]> previous = new HashMap<>();
    private Map<ObjectId, byte[]> current = new HashMap<>();

    private final TrackedFiles tracked;

    TreeDiff(ObjectReader reader) {
        this(reader, TrackedFiles.markdown());
    }

    TreeDiff(ObjectReader reader, TrackedFiles tracked) {
        this.reader = reader;
        this.tracked = tracked;
    }

    /**
     * @param oldRoot the first parent's root tree, or null for a root commit
     * @param prefix  the folder, {@code ""} or ending in {@code /}
     */
    List<Change> diff(ObjectId oldRoot, ObjectId newRoot, String prefix) throws IOException {
        previous = current;
        current = new HashMap<>();
        ObjectId before = oldRoot == null ? null : descend(oldRoot, prefix);
        ObjectId after = descend(newRoot, prefix);
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(before, after)) {
            compare(before, after, prefix, changes);
        }
        return changes;
    }

    private ObjectId descend(ObjectId root, String prefix) throws IOException {
        ObjectId tree = root;
        for (String name : prefix.isEmpty() ? new String[0] : prefix.split("/")) {
            byte[] raw = load(tree);
            byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
            tree = null;
            for (int at = 0; at < raw.length; at = end(raw, at)) {
                int nameStart = nameStart(raw, at);
                int nameEnd = nameEnd(raw, nameStart);
                if (mode(raw, at) == FileMode.TYPE_TREE
                        && Arrays.equals(raw, nameStart, nameEnd, wanted, 0, wanted.length)) {
                    tree = ObjectId.fromRaw(raw, nameEnd + 1);
                    break;
                }
            }
            if (tree == null) {
                return null;
            }
        }
        return tree;
    }

    private void compare(ObjectId beforeId, ObjectId afterId, String path, List<Change> out) throws IOException {
        byte[] a = beforeId == null ? EMPTY : load(beforeId);
        byte[] b = afterId == null ? EMPTY : load(afterId);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int same = Arrays.mismatch(a, i, a.length, b, j, b.length);
            if (same < 0) {
                return; // the rest is identical
            }
            while (i < a.length) { // entries wholly inside the common bytes are equal in both trees
                int length = end(a, i) - i;
                if (length > same) {
                    break;
                }
                same -= length;
                i += length;
                j += length;
            }
            if (i >= a.length && j >= b.length) {
                return;
            }
            int c;
            if (i >= a.length) {
                c = 1;
            } else if (j >= b.length) {
                c = -1;
            } else {
                c = Paths.compare(a, nameStart(a, i), nameEnd(a, nameStart(a, i)), mode(a, i),
                        b, nameStart(b, j), nameEnd(b, nameStart(b, j)), mode(b, j));
            }
            if (c < 0) {
                removed(a, i, path, out);
                i = end(a, i);
            } else if (c > 0) {
                added(b, j, path, out);
                j = end(b, j);
            } else {
                int nextA = end(a, i);
                int nextB = end(b, j);
                if (!Arrays.equals(a, i, nextA, b, j, nextB)) {
                    changed(a, i, b, j, path, out);
                }
                i = nextA;
                j = nextB;
            }
        }
    }

    private void removed(byte[] raw, int at, String path, List<Change> out) throws IOException {
        int mode = mode(raw, at);
        if (mode == FileMode.TYPE_TREE) {
            if (tracked.nested()) {
                compare(id(raw, at), null, path + name(raw, at) + "/", out);
            }
        } else if (isTrackedFile(raw, at, mode)) {
            out.add(new Change(ChangeType.DELETE, path + name(raw, at), id(raw, at), null));
        }
    }

    private void added(byte[] raw, int at, String path, List<Change> out) throws IOException {
        int mode = mode(raw, at);
        if (mode == FileMode.TYPE_TREE) {
            if (tracked.nested()) {
                compare(null, id(raw, at), path + name(raw, at) + "/", out);
            }
        } else if (isTrackedFile(raw, at, mode)) {
            out.add(new Change(ChangeType.ADD, path + name(raw, at), null, id(raw, at)));
        }
    }

    /** Same name and kind (tree order tells a tree from a file of the same name), different bytes. */
    private void changed(byte[] a, int i, byte[] b, int j, String path, List<Change> out) throws IOException {
        int mode = mode(b, j);
        if (mode == FileMode.TYPE_TREE) {
            if (tracked.nested()) {
                compare(id(a, i), id(b, j), path + name(b, j) + "/", out);
            }
        } else if (isTrackedFile(b, j, mode)) {
            out.add(new Change(ChangeType.MODIFY, path + name(b, j), id(a, i), id(b, j)));
        }
    }

    private boolean isTrackedFile(byte[] raw, int at, int mode) {
        if ((mode & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
            return false; // symbolic links and submodules are no documents
        }
        int nameStart = nameStart(raw, at);
        return tracked.matches(raw, nameStart, nameEnd(raw, nameStart));
    }

    private byte[] load(ObjectId tree) throws IOException {
        byte[] raw = previous.get(tree);
        if (raw == null) {
            raw = current.get(tree);
        }
        if (raw == null) {
            raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
        }
        current.put(tree, raw);
        return raw;
    }

    private static int mode(byte[] raw, int at) {
        int mode = 0;
        for (int k = at; raw[k] != ' '; k++) {
            mode = (mode << 3) + (raw[k] - '0');
        }
        return mode;
    }

    private static int nameStart(byte[] raw, int at) {
        int k = at;
        while (raw[k] != ' ') {
            k++;
        }
        return k + 1;
    }

    private static int nameEnd(byte[] raw, int nameStart) {
        int k = nameStart;
        while (raw[k] != 0) {
            k++;
        }
        return k;
    }

    /** Modes and names hold no NUL byte: the first one ends the name, the object id follows. */
    private static int end(byte[] raw, int at) {
        int k = at;
        while (raw[k] != 0) {
            k++;
        }
        return k + 1 + Constants.OBJECT_ID_LENGTH;
    }

    private static String name(byte[] raw, int at) {
        int start = nameStart(raw, at);
        return new String(raw, start, nameEnd(raw, start) - start, StandardCharsets.UTF_8);
    }

    private static ObjectId id(byte[] raw, int at) {
        return ObjectId.fromRaw(raw, nameEnd(raw, nameStart(raw, at)) + 1);
    }
}
