package io.github.isms.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The document changes of the main-line commits an earlier build read, by commit id, so that a build
 * after new commits diffs only those: the walk resumes where the last one ended when the line only moved
 * forward. A commit's changes are a function of the commit alone (its tree and its first parent's, both
 * fixed by its id), so a rewritten history needs no special case: its new commits are not in the cache
 * and are read, and so is everything after them. What the changes mean (approvals, notes, signatures,
 * the rules in force) is worked out again by every build, so a note recorded since is never missed.
 *
 * <p>Not used in a shallow clone, where a boundary commit seems to have no parent until the clone is
 * deepened. An optimisation only: a cache file that is missing, unreadable, of another plugin version or
 * of another folder is ignored, and the history read is the same.
 */
final class ChangeCache {

    private static final String FORMAT = "isms-history-changes 1";

    private final Path file;
    private final String header;
    private final Map<String, List<DocumentChange>> known;
    private final Map<String, List<DocumentChange>> seen = new ConcurrentHashMap<>();
    private final AtomicInteger read = new AtomicInteger();

    private ChangeCache(Path file, String header, Map<String, List<DocumentChange>> known) {
        this.file = file;
        this.header = header;
        this.known = known;
    }

    /** No cache: every commit is read. */
    static ChangeCache none() {
        return new ChangeCache(null, "", Map.of());
    }

    /** The changes kept in {@code file} for documents under {@code prefix} of this plugin {@code version}. */
    static ChangeCache open(Path file, String version, String prefix, TrackedFiles tracked) {
        String header = FORMAT + "\n" + version + "\n" + prefix + "\n" + tracked.description();
        Map<String, List<DocumentChange>> known = new HashMap<>();
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                known = decode(Files.readAllBytes(file), header);
            }
        } catch (IOException | RuntimeException e) {
            known = new HashMap<>(); // unreadable: every commit is read again
        }
        return new ChangeCache(file, header, known);
    }

    /** The changes of {@code commit}: as kept (telling {@code frontMatters} what they found), else read by {@code reader}. */
    List<DocumentChange> changes(RevCommit commit, ChangeReader reader, FrontMatterCache frontMatters) throws IOException {
        List<DocumentChange> changes = known.get(commit.name());
        if (changes == null) {
            changes = reader.changes(commit);
            read.incrementAndGet();
        } else {
            for (DocumentChange change : changes) {
                if (change.blobId() != null) {
                    frontMatters.know(ObjectId.fromString(change.blobId()), change.frontMatter());
                }
            }
        }
        seen.put(commit.name(), changes);
        return changes;
    }

    /** How many commits were diffed rather than taken from the cache. */
    int commitsRead() {
        return read.get();
    }

    /** Keeps the changes of {@code line}'s commits (and only those) for the next build. */
    void save(List<RevCommit> line) {
        if (file == null || read.get() == 0 && known.size() == line.size()) {
            return; // nothing new: the file holds exactly this line already
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(header);
                List<RevCommit> kept = line.stream().filter(c -> seen.containsKey(c.name())).toList();
                out.writeInt(kept.size());
                for (RevCommit commit : kept) {
                    out.writeUTF(commit.name());
                    List<DocumentChange> changes = seen.get(commit.name());
                    out.writeInt(changes.size());
                    for (DocumentChange change : changes) {
                        encode(out, change);
                    }
                }
            }
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.write(temporary, bytes.toByteArray());
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UncheckedIOException e) {
            // only an optimisation: the next build reads the commits again
        }
    }

    private static void encode(DataOutputStream out, DocumentChange change) throws IOException {
        out.writeUTF(change.type().name());
        text(out, change.oldPath());
        text(out, change.newPath());
        text(out, change.blobId());
        out.writeBoolean(change.frontMatter().isPresent());
        if (change.frontMatter().isPresent()) {
            ControlKeys keys = change.frontMatter().get();
            text(out, keys.id());
            text(out, keys.version());
            text(out, keys.title());
            text(out, keys.status());
            out.writeInt(keys.approvers().size());
            for (String approver : keys.approvers()) {
                text(out, approver);
            }
            text(out, keys.substance());
        }
    }

    private static Map<String, List<DocumentChange>> decode(byte[] bytes, String header) throws IOException {
        Map<String, List<DocumentChange>> known = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(header)) {
                return known;
            }
            for (int commits = in.readInt(); commits > 0; commits--) {
                String commit = in.readUTF();
                List<DocumentChange> changes = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    ChangeType type = ChangeType.valueOf(in.readUTF());
                    String oldPath = text(in);
                    String newPath = text(in);
                    String blob = text(in);
                    Optional<ControlKeys> keys = Optional.empty();
                    if (in.readBoolean()) {
                        String id = text(in);
                        String version = text(in);
                        String title = text(in);
                        String status = text(in);
                        List<String> approvers = new ArrayList<>();
                        for (int a = in.readInt(); a > 0; a--) {
                            approvers.add(text(in));
                        }
                        keys = Optional.of(new ControlKeys(id, version, title, status, approvers, text(in)));
                    }
                    changes.add(new DocumentChange(type, oldPath, newPath, blob, keys));
                }
                known.put(commit, List.copyOf(changes));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
        }
        return known;
    }

    /* A string that may be null; writeUTF's limit of 64 KiB is far above any path, id or title. */
    private static void text(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
