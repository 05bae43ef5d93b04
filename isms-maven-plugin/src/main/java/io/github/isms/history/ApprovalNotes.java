package io.github.isms.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The approval notes under {@code refs/notes/isms-approvals}, read from the local repository only: the
 * build stays offline and two builds of one commit with the same notes agree.
 */
final class ApprovalNotes {

    static final String REF = "refs/notes/isms-approvals";
    /** A note is a few hundred bytes; anything far larger is not one of ours. */
    private static final int LIMIT = 1 << 20;

    private final NoteMap map;
    private final ObjectReader reader;

    private ApprovalNotes(NoteMap map, ObjectReader reader) {
        this.map = map;
        this.reader = reader;
    }

    /** The notes as the ref stands; none when it does not exist. */
    static ApprovalNotes read(Repository repository, ObjectReader reader) throws IOException {
        Ref ref = repository.exactRef(REF);
        if (ref == null || ref.getObjectId() == null) {
            return new ApprovalNotes(null, reader);
        }
        try (RevWalk walk = new RevWalk(reader)) {
            return new ApprovalNotes(NoteMap.read(reader, walk.parseCommit(ref.getObjectId())), reader);
        }
    }

    boolean exist() {
        return map != null;
    }

    /**
     * The note on {@code commit}: empty when there is none.
     *
     * @throws ApprovalNote.Invalid when there is one, but not of the {@code isms-approvals/1} shape
     */
    Optional<ApprovalNote> of(AnyObjectId commit) throws IOException, ApprovalNote.Invalid {
        if (map == null) {
            return Optional.empty();
        }
        ObjectId blob = map.get(commit);
        if (blob == null) {
            return Optional.empty();
        }
        if (reader.getObjectSize(blob, org.eclipse.jgit.lib.Constants.OBJ_BLOB) > LIMIT) {
            throw new ApprovalNote.Invalid("larger than " + LIMIT + " bytes");
        }
        return Optional.of(ApprovalNote.parse(reader.open(blob).getCachedBytes(LIMIT)));
    }

    /** The commits notes are attached to that are not in {@code line}: notes that say nothing about this history. */
    List<ObjectId> outside(Set<? extends AnyObjectId> line) {
        List<ObjectId> outside = new ArrayList<>();
        if (map != null) {
            for (Note note : map) {
                if (!line.contains(note)) {
                    outside.add(note.copy());
                }
            }
        }
        return outside;
    }
}
