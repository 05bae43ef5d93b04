package io.github.isms.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The approval notes ref, {@value #REF}, read once at the start of a run and written once at its end: all
 * new notes in one commit on top of the notes as they were read, so that a run either adds all its notes
 * or leaves the ref as it found it, and a ref another run moved meanwhile is not overwritten.
 */
final class NoteWriter {

    static final String REF = "refs/notes/isms-approvals";

    private final Repository repository;
    private final ObjectId tip;
    private final NoteMap notes;

    private NoteWriter(Repository repository, ObjectId tip, NoteMap notes) {
        this.repository = repository;
        this.tip = tip;
        this.notes = notes;
    }

    static NoteWriter read(Repository repository) throws IOException {
        Ref ref = repository.exactRef(REF);
        if (ref == null || ref.getObjectId() == null) {
            return new NoteWriter(repository, null, NoteMap.newEmptyMap());
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return new NoteWriter(repository, ref.getObjectId(),
                    NoteMap.read(walk.getObjectReader(), walk.parseCommit(ref.getObjectId())));
        }
    }

    boolean hasNote(AnyObjectId commit) throws IOException {
        return notes.contains(commit);
    }

    /**
     * Adds {@code texts} (commit to note) in one commit of the notes ref.
     *
     * @return false, writing nothing, when the ref no longer points where it did when it was read
     */
    boolean write(Map<? extends AnyObjectId, String> texts) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (Map.Entry<? extends AnyObjectId, String> note : texts.entrySet()) {
                notes.set(note.getKey(), inserter.insert(Constants.OBJ_BLOB, note.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(notes.writeTree(inserter));
            if (tip != null) {
                commit.setParentId(tip);
            }
            PersonIdent who = new PersonIdent(repository);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage("Notes added by 'isms:record-approvals'\n");
            ObjectId written = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(REF);
            update.setExpectedOldObjectId(tip != null ? tip : ObjectId.zeroId());
            update.setNewObjectId(written);
            update.setRefLogMessage("isms:record-approvals: " + texts.size() + " note(s)", false);
            RefUpdate.Result result = update.update();
            return result == RefUpdate.Result.NEW || result == RefUpdate.Result.FAST_FORWARD;
        }
    }
}
