package io.github.isms.platform;

import io.github.isms.history.ApprovalNote;
import static io.github.isms.platform.GitHubClientTest.pull;
import static io.github.isms.platform.GitHubClientTest.review;
import static io.github.isms.platform.GitHubClientTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.platform.ApprovalRecorder.Recording;
import io.github.isms.testing.FakeRestServer;
import io.github.isms.testing.FakeRestServer.Answer;
import io.github.isms.testing.GitCli;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording into a real git repository made with the git command line: a direct commit, a pull request merged
 * with a merge commit, one squash-merged, and another direct push, answered for by a fake GitHub.
 */
class ApprovalRecorderTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final SourcePosition AT = SourcePosition.file("src/isms/isms.yaml");

    @TempDir
    Path dir;

    private final FakeRestServer github = new FakeRestServer("");
    private final Diagnostics diagnostics = new Diagnostics();
    private long clock = 1_767_225_600L; // 2026-01-01T00:00:00Z
    private String initial;
    private String merge;
    private String squash;
    private String direct;

    @BeforeEach
    void repositoryWithTwoPullRequests() {
        git("init", "-q", "-b", "main");
        write("src/isms/isms.yaml", "organization: {name: Example}\n");
        initial = commit("Alice", "alice@example.com", "Start the ISMS");
        git("checkout", "-q", "-b", "mfa");
        write("src/isms/documents/access.md", "MFA for admins\n");
        commit("Carol", "carol@example.com", "MFA for admins");
        git("checkout", "-q", "main");
        merge = as("Dave", "dave@example.com", "merge", "-q", "--no-ff", "-m", "Merge pull request #42 from org/mfa", "mfa");
        git("checkout", "-q", "-b", "backup");
        write("src/isms/documents/backup.md", "Back up hourly\n");
        commit("Carol", "carol@example.com", "Hourly backups");
        git("checkout", "-q", "main");
        git("merge", "-q", "--squash", "backup");
        squash = commit("Carol", "carol@example.com", "Hourly backups (#43)");
        write("README.md", "typo fixed\n");
        direct = commit("Alice", "alice@example.com", "Fix a typo");

        github.onJson("/repos/org/isms/commits/" + merge + "/pulls?per_page=100", "[" + pull(42, merge, "2026-01-01T00:03:00Z") + "]")
                .onJson("/repos/org/isms/pulls/42", pull(42, merge, "2026-01-01T00:03:00Z"))
                .onJson("/repos/org/isms/pulls/42/reviews?per_page=100",
                        "[" + review(1, "bob-b", "APPROVED", GitHubClientTest.HEAD, "2026-01-01T00:02:30Z") + "]")
                .onJson("/repos/org/isms/commits/" + squash + "/pulls?per_page=100", "[" + pull(43, squash, "2026-01-01T00:06:00Z") + "]")
                .onJson("/repos/org/isms/pulls/43", pull(43, squash, "2026-01-01T00:06:00Z"))
                .onJson("/repos/org/isms/pulls/43/reviews?per_page=100", "[]")
                .onJson("/repos/org/isms/commits/" + initial + "/pulls?per_page=100", "[]")
                .onJson("/repos/org/isms/commits/" + direct + "/pulls?per_page=100", "[]")
                .onJson("/repos/org/isms/pulls?state=closed&per_page=100", "[" + pull(43, squash, "2026-01-01T00:06:00Z")
                        + "," + pull(42, merge, "2026-01-01T00:03:00Z") + "]")
                .onJson("/users/bob-b", user("bob-b", "Bob Becker", "bob@example.com"))
                .onJson("/users/carol-c", user("carol-c", "Carol", null))
                .onJson("/users/dave-d", user("dave-d", "Dave", null));
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private PlatformClient client() {
        return PlatformClient.of(new PlatformAccess(Platform.GITHUB, URI.create(github.apiUrl()), "org/isms",
                new ApiToken("Authorization", "Bearer t0ken"), Duration.ofSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC),
                d -> { });
    }

    private Optional<Recording> record(String branch, PlatformClient client) {
        return ApprovalRecorder.find(dir.resolve("src/isms"), branch, diagnostics, AT)
                .flatMap(recorder -> recorder.record(client, diagnostics, AT));
    }

    private Optional<Recording> record() {
        return record("main", client());
    }

    @Test
    void theMergeCommitAndTheSquashCommitGetTheirPullRequestsNoteAndTheDirectCommitsNone() throws Exception {
        Recording recording = record().orElseThrow();

        assertThat(diagnostics.all()).isEmpty();
        Map<String, String> notes = notes();
        assertThat(notes).containsOnlyKeys(merge, squash);
        ApprovalNote expected = client().requestThatMade(merge, NOW).orElseThrow();
        assertThat(notes.get(merge)).isEqualTo(expected.json()).contains("\"number\": 42", "\"login\": \"bob-b\"");
        assertThat(notes.get(squash)).contains("\"number\": 43", "\"approvals\": []");
        assertThat(recording.recorded()).extracting(ApprovalRecorder.Recorded::commit).containsExactly(merge, squash);
        assertThat(recording.withoutRequest()).extracting(ApprovalRecorder.Unrequested::commit)
                .containsExactly(initial, direct);
        assertThat(recording.lines()).contains("  " + direct.substring(0, 12)
                + " no pull or merge request (a direct push): no note; Fix a typo");
        // git itself reads the note where the reader will look for it.
        assertThat(git("notes", "--ref=isms-approvals", "show", merge)).isEqualTo(expected.json());
    }

    @Test
    void allNotesOfARunAreOneCommitOfTheNotesRef() throws Exception {
        record();

        try (Repository repository = repository(); RevWalk walk = new RevWalk(repository)) {
            RevCommit notesCommit = walk.parseCommit(repository.exactRef(ApprovalRecorder.NOTES_REF).getObjectId());
            assertThat(notesCommit.getParentCount()).isZero();
            assertThat(notesCommit.getFullMessage()).isEqualTo("Notes added by 'isms:record-approvals'\n");
        }
    }

    @Test
    void aSecondRunWritesNothingAndAsksOnlyAboutWhatCameAfterTheNewestNote() throws Exception {
        record();
        ObjectId before = notesRef();
        int requestsBefore = github.received().size();

        Recording again = record().orElseThrow();

        assertThat(notesRef()).isEqualTo(before);
        assertThat(again.written()).isFalse();
        assertThat(again.recorded()).isEmpty();
        assertThat(again.recordedBefore()).isEqualTo(squash);
        assertThat(github.paths().subList(requestsBefore, github.paths().size())).containsExactly(
                "/repos/org/isms/commits/" + direct + "/pulls?per_page=100", "/repos/org/isms/pulls?state=closed&per_page=100");
    }

    @Test
    void aLaterMergeIsAddedOnTopOfTheNotesAlreadyThere() throws Exception {
        record();
        ObjectId before = notesRef();
        git("checkout", "-q", "-b", "later");
        write("src/isms/documents/later.md", "later\n");
        commit("Carol", "carol@example.com", "Later");
        git("checkout", "-q", "main");
        String later = as("Dave", "dave@example.com", "merge", "-q", "--no-ff", "-m", "Merge pull request #44", "later");
        github.onJson("/repos/org/isms/commits/" + later + "/pulls?per_page=100", "[" + pull(44, later, "2026-01-02T00:00:00Z") + "]")
                .onJson("/repos/org/isms/pulls/44", pull(44, later, "2026-01-02T00:00:00Z"))
                .onJson("/repos/org/isms/pulls/44/reviews?per_page=100", "[]");

        record();

        assertThat(notes()).containsOnlyKeys(merge, squash, later);
        try (Repository repository = repository(); RevWalk walk = new RevWalk(repository)) {
            assertThat(walk.parseCommit(notesRef()).getParents()).containsExactly(walk.parseCommit(before));
        }
    }

    @Test
    void aRunThatFailsHalfWayWritesNoNoteAtAll() throws Exception {
        github.on("/repos/org/isms/pulls/43", Answer.status(500, "{\"message\": \"Server Error\"}"));

        assertThat(record()).isEmpty();

        assertThat(notesRefOrNull()).isNull();
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly("src/isms/isms.yaml:1:1: "
                + "PLATFORM_REQUEST_FAILED isms:record-approvals: GET /repos/org/isms/pulls/43: 500: the platform failed; "
                + "run again later; no note written");
        assertThat(diagnostics.all().get(0).code()).isEqualTo(Code.PLATFORM_REQUEST_FAILED);
    }

    @Test
    void aFailedRunLeavesNotesWrittenBeforeExactlyAsTheyWere() throws Exception {
        record();
        ObjectId before = notesRef();
        write("README.md", "another fix\n");
        String next = commit("Alice", "alice@example.com", "Another fix");
        github.on("/repos/org/isms/commits/" + next + "/pulls?per_page=100", Answer.html(200));

        assertThat(record()).isEmpty();

        assertThat(notesRef()).isEqualTo(before);
        assertThat(diagnostics.all()).singleElement().extracting(Diagnostic::message).asString()
                .contains("the answer is not JSON (text/html)").doesNotContain("t0ken");
    }

    @Test
    void aConnectionLostHalfWayWritesNoNoteAndNamesTheRequest() throws Exception {
        PlatformClient client = client();
        PlatformClient losing = (commit, at) -> {
            if (commit.equals(squash)) {
                github.close();
            }
            return client.requestThatMade(commit, at);
        };

        assertThat(record("main", losing)).isEmpty();

        assertThat(notesRefOrNull()).isNull();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.PLATFORM_REQUEST_FAILED);
            assertThat(d.message()).startsWith("isms:record-approvals: GET /repos/org/isms/commits/" + squash
                    + "/pulls?per_page=100: no answer from 127.0.0.1:").endsWith("; no note written");
        });
    }

    @Test
    void notesAnotherRunWroteMeanwhileAreNotOverwritten() throws Exception {
        PlatformClient client = client();
        PlatformClient racing = (commit, at) -> {
            if (commit.equals(direct)) {
                git("notes", "--ref=isms-approvals", "add", "-m", "{}", initial);
            }
            return client.requestThatMade(commit, at);
        };

        assertThat(record("main", racing)).isEmpty();

        assertThat(notes()).containsOnlyKeys(initial);
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.RECORD_NOTES_FAILED);
            assertThat(d.message()).isEqualTo("isms:record-approvals: refs/notes/isms-approvals changed while this run "
                    + "read the platform (another run recorded meanwhile); no note written, run again");
        });
    }

    @Test
    void inACiCheckoutWithoutTheLocalBranchTheRemoteTrackingBranchIsRecorded() throws Exception {
        Path clone = dir.resolveSibling(dir.getFileName() + "-clone");
        run(dir.getParent(), "clone", "-q", dir.toUri().toString(), clone.toString());
        run(clone, "checkout", "-q", "--detach");
        run(clone, "branch", "-q", "-D", "main");

        Recording recording = ApprovalRecorder.find(clone.resolve("src/isms"), "main", diagnostics, AT)
                .flatMap(recorder -> recorder.record(client(), diagnostics, AT)).orElseThrow();

        assertThat(recording.branch()).isEqualTo("refs/remotes/origin/main");
        assertThat(recording.recorded()).hasSize(2);
    }

    @Test
    void aMissingApprovalBranchIsNamed() {
        assertThat(record("release", client())).isEmpty();

        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.RECORD_BRANCH_NOT_FOUND);
            assertThat(d.message()).isEqualTo("isms:record-approvals: the approval branch 'release' (approval.branch) is "
                    + "not in the repository (looked for refs/heads/release, refs/remotes/origin/release); fetch it first");
        });
        assertThat(github.received()).isEmpty();
    }

    @Test
    void withoutARepositoryThereIsNothingToRecord(@TempDir Path elsewhere) {
        assertThat(ApprovalRecorder.find(elsewhere, "main", diagnostics, AT)).isEmpty();

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly("src/isms/isms.yaml:1:1: "
                + "RECORD_BRANCH_NOT_FOUND isms:record-approvals: no git repository at or above the ISMS folder; nothing to record");
    }

    // --- the repository

    private Repository repository() throws IOException {
        return new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).setMustExist(true).build();
    }

    private ObjectId notesRefOrNull() throws IOException {
        try (Repository repository = repository()) {
            Ref ref = repository.exactRef(ApprovalRecorder.NOTES_REF);
            return ref == null ? null : ref.getObjectId();
        }
    }

    private ObjectId notesRef() throws IOException {
        ObjectId id = notesRefOrNull();
        assertThat(id).isNotNull();
        return id;
    }

    /** The notes as JGit's note map reads them: commit to text. */
    private Map<String, String> notes() throws IOException {
        try (Repository repository = repository(); RevWalk walk = new RevWalk(repository)) {
            NoteMap map = NoteMap.read(walk.getObjectReader(), walk.parseCommit(notesRef()));
            Map<String, String> notes = new java.util.TreeMap<>();
            for (var note : map) {
                notes.put(note.name(), new String(repository.open(note.getData()).getBytes(), StandardCharsets.UTF_8));
            }
            return notes;
        }
    }

    private void write(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String commit(String name, String email, String message) {
        git("add", "-A");
        return as(name, email, "commit", "-q", "-m", message);
    }

    /** A git command as {@code name}, a minute after the one before; returns the new HEAD. */
    private String as(String name, String email, String... args) {
        clock += 60;
        String date = "@" + clock + " +0000";
        run(dir, Map.of("GIT_AUTHOR_NAME", name, "GIT_AUTHOR_EMAIL", email, "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", name, "GIT_COMMITTER_EMAIL", email, "GIT_COMMITTER_DATE", date), args);
        return git("rev-parse", "HEAD").strip();
    }

    private String git(String... args) {
        return run(dir, Map.of(), args);
    }

    private String run(Path where, String... args) {
        return run(where, Map.of(), args);
    }

    private String run(Path where, Map<String, String> env, String... args) {
        return GitCli.git(where, env, args);
    }
}
