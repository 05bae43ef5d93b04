package io.github.isms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes ref, read once and written once: all notes of a run in one commit, never over another run's. */
class NoteWriterTest {

    @TempDir
    Path dir;

    @Test
    void notesAreWrittenInOneCommitOnTopOfTheNotesAsTheyWereRead() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Repository repository = git.getRepository();
            RevCommit a = git.commit().setMessage("a").setAllowEmpty(true).call();
            RevCommit b = git.commit().setMessage("b").setAllowEmpty(true).call();
            NoteWriter first = NoteWriter.read(repository);
            assertThat(first.write(Map.of(a, "{\"a\": 1}\n"))).isTrue();
            ObjectId afterFirst = repository.exactRef(NoteWriter.REF).getObjectId();

            NoteWriter second = NoteWriter.read(repository);
            assertThat(second.hasNote(a)).isTrue();
            assertThat(second.hasNote(b)).isFalse();
            assertThat(second.write(Map.of(b, "{\"b\": 2}\n"))).isTrue();

            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit notes = walk.parseCommit(repository.exactRef(NoteWriter.REF).getObjectId());
                assertThat(notes.getParents()).containsExactly(walk.parseCommit(afterFirst));
                NoteMap map = NoteMap.read(walk.getObjectReader(), notes);
                assertThat(new String(repository.open(map.get(a)).getBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\": 1}\n");
                assertThat(new String(repository.open(map.get(b)).getBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\": 2}\n");
            }
        }
    }

    @Test
    void aRefThatMovedSinceItWasReadIsLeftAsTheOtherWriterLeftIt() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Repository repository = git.getRepository();
            RevCommit a = git.commit().setMessage("a").setAllowEmpty(true).call();
            NoteWriter slow = NoteWriter.read(repository);
            NoteWriter.read(repository).write(Map.of(a, "other\n"));
            ObjectId other = repository.exactRef(NoteWriter.REF).getObjectId();

            Map<ObjectId, String> mine = new LinkedHashMap<>();
            mine.put(a, "mine\n");
            assertThat(slow.write(mine)).isFalse();

            assertThat(repository.exactRef(NoteWriter.REF).getObjectId()).isEqualTo(other);
        }
    }
}
