package io.github.isms.history;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.GitFixture;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.model.EvidenceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The isms-approvals/1 note: read as the contract writes it; anything else is named, never a crash. */
class ApprovalNoteTest {

    private static final String HEAD = "3f2c0000000000000000000000000000000000aa";

    @TempDir
    Path temp;

    private static ApprovalNote parse(String json) throws ApprovalNote.Invalid {
        return ApprovalNote.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theContractsExampleIsReadWhole() throws ApprovalNote.Invalid {
        ApprovalNote note = parse(NoteJson.github(HEAD).mergedBy("dave-d", "Dave", null)
                .approvedBy("bob-b", "Bob Becker", "bob@example.com").json());

        assertThat(note.platform()).isEqualTo("github");
        assertThat(note.approvedCommitKnown()).isTrue();
        assertThat(note.request().number()).isEqualTo(42);
        assertThat(note.request().url()).isEqualTo("https://github.com/org/isms/pull/42");
        assertThat(note.request().author().login()).isEqualTo("carol-c");
        assertThat(note.request().headCommit()).isEqualTo(HEAD);
        assertThat(note.request().mergedBy()).isEqualTo(new ApprovalNote.Account("dave-d", "Dave", null));
        assertThat(note.approvals()).singleElement().satisfies(r -> {
            assertThat(r.account()).isEqualTo(new ApprovalNote.Account("bob-b", "Bob Becker", "bob@example.com"));
            assertThat(r.approves()).isTrue();
            assertThat(r.commit()).isEqualTo(HEAD);
        });
    }

    @Test
    void unknownKeysAreIgnoredForAForwardCompatibleFormat() throws ApprovalNote.Invalid {
        String json = NoteJson.github(HEAD).json().replaceFirst("\\{", "{\n  \"recordedBy\": \"isms 2.0\",");

        assertThat(parse(json).request().number()).isEqualTo(42);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json at all",
        "[1, 2]",
        "{\"format\": \"isms-approvals/2\"}",
        "{\"format\": \"isms-approvals/1\", \"platform\": \"bitbucket\"}",
        "{\"format\": \"isms-approvals/1\", \"platform\": \"github\", \"request\": {\"number\": \"42\"}}",
        "{\"format\": \"isms-approvals/1\", \"platform\": \"github\", \"request\": {\"number\": 42, \"url\": \"u\"},"
                + " \"approvedCommitKnown\": true, \"approvals\": [{\"login\": \"x\", \"state\": \"LGTM\"}]}",
        "{\"format\": \"isms-approvals/1\", \"platform\": \"github\", \"request\": {\"number\": 42, \"url\": \"u\","
                + " \"headCommit\": \"abc\"}, \"approvedCommitKnown\": true, \"approvals\": []}"
    })
    void malformedOrForeignNotesAreInvalid(String json) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(ApprovalNote.Invalid.class);
    }

    @Test
    void anInvalidNoteIsOneWarningNamingTheNotesRefAndTheCommitAndItsReviewsDoNotCount() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.branch("p");
        git.document("a.md", "POL-001", "1.0", "A.");
        git.document("b.md", "POL-002", "1.0", "B.");
        git.commit(CAROL, "Two policies");
        git.checkout("main");
        String merge = git.merge("p", ALICE, "Merge pull request #3 from org/p\n\nTwo policies");
        git.note(merge, "{\"format\": \"something-else/1\"}\n");
        HistoryResult result = new HistoryReader().read(new HistoryRequest(git.documents(),
                ApprovalTest.trailerRules().withEvidence(EvidenceKind.REVIEWS)));
        Diagnostics diagnostics = new Diagnostics();

        HistoryDiagnostics.report(result, Map.of(), diagnostics);

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.APPROVAL_NOTE_INVALID);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.format()).startsWith("refs/notes/isms-approvals:").contains("commit " + merge.substring(0, 12),
                    "format is 'something-else/1'");
        });
    }

    @Test
    void notesOnCommitsOutsideTheLineAreIgnoredAndSaidSo() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.branch("elsewhere");
        String other = git.commit(CAROL, "Not on main");
        git.checkout("main");
        git.note(other, NoteJson.github(other).json());

        HistoryResult result = new HistoryReader().read(new HistoryRequest(git.documents(), ApprovalTest.trailerRules()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().asString().contains("1 approval note(s)", other.substring(0, 12),
                "ignored");
    }

    @Test
    void theNoteIsTwoSpaceIndentedJsonWithTheFormatsKeysInOrderAndAFinalNewline() {
        ApprovalNote note = new ApprovalNote("github",
                new ApprovalNote.Request(42, "https://github.com/org/isms/pull/42", "Access control: \"MFA\" for admins",
                        new ApprovalNote.Account("carol-c", null, null), "3f2c" + "0".repeat(36),
                        new ApprovalNote.Account("dave-d", "Dave", null), "2026-03-01T10:15:00Z"),
                true,
                List.of(new ApprovalNote.Decision("bob-b", "Bob Becker", "bob@example.com", "APPROVED", "3f2c" + "0".repeat(36),
                        "2026-03-01T09:00:00Z")));

        assertThat(note.json()).isEqualTo("""
                {
                  "format": "isms-approvals/1",
                  "platform": "github",
                  "request": {
                    "number": 42,
                    "url": "https://github.com/org/isms/pull/42",
                    "title": "Access control: \\"MFA\\" for admins",
                    "author": {
                      "login": "carol-c",
                      "name": null,
                      "email": null
                    },
                    "headCommit": "3f2c000000000000000000000000000000000000",
                    "mergedBy": {
                      "login": "dave-d",
                      "name": "Dave",
                      "email": null
                    },
                    "mergedAt": "2026-03-01T10:15:00Z"
                  },
                  "approvedCommitKnown": true,
                  "approvals": [
                    {
                      "login": "bob-b",
                      "name": "Bob Becker",
                      "email": "bob@example.com",
                      "state": "APPROVED",
                      "commit": "3f2c000000000000000000000000000000000000",
                      "at": "2026-03-01T09:00:00Z"
                    }
                  ]
                }
                """);
    }

    @Test
    void aGitLabNoteWithoutMergerOrApprovalsKeepsEveryKey() {
        ApprovalNote note = new ApprovalNote("gitlab", new ApprovalNote.Request(7, "https://gitlab.example.com/g/p/-/merge_requests/7",
                null, null, "a".repeat(40), null, null), false, List.of());

        assertThat(note.json()).contains("\"platform\": \"gitlab\"", "\"title\": null", "\"author\": null",
                "\"mergedBy\": null", "\"mergedAt\": null", "\"approvedCommitKnown\": false", "\"approvals\": []");
    }

    @Test
    void aNoteTheRecorderWritesIsReadBackAsTheSameNote() throws ApprovalNote.Invalid {
        ApprovalNote written = new ApprovalNote("github",
                new ApprovalNote.Request(42, "https://github.com/org/isms/pull/42", "MFA", new ApprovalNote.Account("carol-c", null, null),
                        "3f2c" + "0".repeat(36), new ApprovalNote.Account("dave-d", "Dave", null), "2026-03-01T10:15:00Z"),
                true, List.of(new ApprovalNote.Decision("bob-b", "Bob Becker", "bob@example.com", "APPROVED",
                        "3f2c" + "0".repeat(36), "2026-03-01T09:00:00Z")));

        assertThat(parse(written.json())).isEqualTo(written);
    }
}
