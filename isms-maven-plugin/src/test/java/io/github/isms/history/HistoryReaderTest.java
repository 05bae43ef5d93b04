package io.github.isms.history;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading documents' histories from git: the version rules, renames and moves, and the hard cases of real
 * checkouts (no repository, shallow clones, detached heads, other branches, uncommitted drafts).
 */
class HistoryReaderTest {

    @TempDir
    Path temp;

    private static HistoryResult read(Path documents, ShallowCloneMode mode) {
        return new HistoryReader().read(new HistoryRequest(documents, ApprovalTest.trailerRules())
                .withShallowCloneMode(mode));
    }

    private HistoryResult read(GitFixture git) {
        return new HistoryReader().read(new HistoryRequest(git.documents(), ApprovalTest.trailerRules()));
    }

    private GitFixture repo() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.document("isp.md", "POL-001", "1.0", "One.");
        git.commit(CAROL, "Add the policy");
        return git;
    }

    /** main: add POL-001 1.0 approved, then three approved changes, each a GitLab merge. */
    private GitFixture approvedHistory() {
        GitFixture git = GitFixture.init(temp.resolve("origin"));
        git.write("README.md", "x\n");
        git.commit(ALICE, "Start");
        for (int minor = 0; minor < 4; minor++) {
            git.pullRequest("change-" + minor, CAROL, "isp.md", "POL-001", "1." + minor, ALICE,
                    "Merge branch 'change-" + minor + "' into 'main'\n\nChange " + minor
                            + "\n\nApproved-by: Bob Ceo <bob@example.com>");
        }
        return git;
    }

    @Test
    void withoutAGitRepositoryTheBuildWorksAndSaysHistoryIsUnavailable() {
        GitFixture notARepo = GitFixture.at(temp.resolve("plain"));
        notARepo.document("isp.md", "POL-001", "1.0", "Text.");

        HistoryResult result = read(notARepo.documents(), ShallowCloneMode.FAIL);

        assertThat(result.availability()).isEqualTo(HistoryAvailability.UNAVAILABLE);
        assertThat(result.source()).contains("no git repository");
        assertThat(result.document("POL-001").orElseThrow().revisions()).isEmpty();
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.UNKNOWN);
    }

    @Test
    void aShallowCloneFailsByDefaultWithTheFixForGithubAndGitlab() {
        GitFixture origin = approvedHistory();
        GitFixture clone = GitFixture.cloneOf(origin, temp.resolve("ci"), "--depth", "2");

        assertThatThrownBy(() -> read(clone.documents(), ShallowCloneMode.FAIL))
                .isInstanceOf(ShallowCloneException.class)
                .hasMessageContaining("fetch-depth: 0")
                .hasMessageContaining("GIT_DEPTH: 0");
    }

    @Test
    void aShallowCloneInTruncatedModeNeverReportsTheBoundaryAsTheCreationOfEveryDocument() {
        GitFixture origin = approvedHistory();
        GitFixture clone = GitFixture.cloneOf(origin, temp.resolve("ci"), "--depth", "2");

        HistoryResult result = read(clone.documents(), ShallowCloneMode.TRUNCATE);

        assertThat(result.availability()).isEqualTo(HistoryAvailability.TRUNCATED);
        assertThat(result.source()).contains("shallow");
        DocumentHistory history = result.document("POL-001").orElseThrow();
        assertThat(history.versionBeforeHistory()).isEqualTo("1.2");
        assertThat(history.revisions()).extracting(Revision::version).containsExactly("1.3");
        assertThat(history.state()).isEqualTo(ContentState.APPROVED);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void contentUnchangedSinceTheBoundaryOfATruncatedHistoryIsUnknownNotApproved() {
        GitFixture origin = approvedHistory();
        origin.write("README.md", "more\n");
        origin.commit(ALICE, "Unrelated");
        GitFixture clone = GitFixture.cloneOf(origin, temp.resolve("ci"), "--depth", "1");

        DocumentHistory history = read(clone.documents(), ShallowCloneMode.TRUNCATE).document("POL-001").orElseThrow();

        assertThat(history.revisions()).isEmpty();
        assertThat(history.state()).isEqualTo(ContentState.UNKNOWN);
    }

    @Test
    void aDetachedHeadOnTheApprovalBranchReadsTheBranchAndSaysSo() {
        GitFixture git = approvedHistory();
        git.git("checkout", "-q", "--detach", "main");

        HistoryResult result = read(git.documents(), ShallowCloneMode.FAIL);

        assertThat(result.source()).contains("refs/heads/main", "detached HEAD");
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.APPROVED);
        assertThat(result.document("POL-001").orElseThrow().revisions()).hasSize(4);
    }

    @Test
    void aCiCheckoutWithOnlyTheRemoteBranchUsesIt() {
        GitFixture origin = approvedHistory();
        GitFixture clone = GitFixture.cloneOf(origin, temp.resolve("ci"));
        clone.git("checkout", "-q", "--detach", "origin/main");
        clone.git("branch", "-q", "-D", "main");

        HistoryResult result = read(clone.documents(), ShallowCloneMode.FAIL);

        assertThat(result.source()).contains("refs/remotes/origin/main");
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.APPROVED);
    }

    @Test
    void aMissingApprovalBranchFallsBackToHeadAndSaysWhich() {
        GitFixture git = approvedHistory();
        git.git("branch", "-q", "-m", "main", "trunk");

        HistoryResult result = read(git.documents(), ShallowCloneMode.FAIL);

        assertThat(result.source()).contains("approval branch 'main' not found", "HEAD", "branch trunk");
        assertThat(result.document("POL-001").orElseThrow().revisions()).hasSize(4);
    }

    @Test
    void buildingAnOlderCommitOfTheApprovalBranchGivesTheHistoryAsOfThatCommit() {
        GitFixture git = approvedHistory();
        git.git("checkout", "-q", "--detach", "main~1");

        HistoryResult result = read(git.documents(), ShallowCloneMode.FAIL);

        assertThat(result.document("POL-001").orElseThrow().revisions()).extracting(Revision::version)
                .containsExactly("1.0", "1.1", "1.2");
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.APPROVED);
        assertThat(result.source()).contains("as of");
    }

    @Test
    void aBuildOfAnotherBranchIsADraftAgainstTheMainLineItForkedFrom() {
        GitFixture git = approvedHistory();
        git.branch("next");
        git.document("isp.md", "POL-001", "1.4", "Proposed.");
        git.commit(CAROL, "Propose 1.4");

        DocumentHistory history = read(git.documents(), ShallowCloneMode.FAIL).document("POL-001").orElseThrow();

        assertThat(history.state()).isEqualTo(ContentState.DRAFT_OTHER_BRANCH);
        assertThat(history.revisions()).extracting(Revision::version).endsWith("1.3");
        assertThat(history.lastApproved()).map(Revision::version).contains("1.3");
    }

    @Test
    void uncommittedEditsAreADraftAndAMissingVersionBumpIsReported() {
        GitFixture git = approvedHistory();
        git.document("isp.md", "POL-001", "1.3", "Edited in the work tree.");

        HistoryResult result = read(git.documents(), ShallowCloneMode.FAIL);

        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNCOMMITTED);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CONTENT_CHANGED_WITHOUT_VERSION);
            assertThat(f.commitId()).isNull();
        });
    }

    @Test
    void aNewDocumentNotYetCommittedIsADraft() {
        GitFixture git = approvedHistory();
        git.document("new.md", "POL-009", "0.1", "New.");

        DocumentHistory history = read(git.documents(), ShallowCloneMode.FAIL).document("POL-009").orElseThrow();

        assertThat(history.state()).isEqualTo(ContentState.DRAFT_UNCOMMITTED);
        assertThat(history.revisions()).isEmpty();
    }

    @Test
    void windowsLineEndingsInTheWorkTreeAreNoUncommittedEdit() {
        GitFixture git = approvedHistory();
        git.write("src/isms/documents/isp.md", TestDocument.of("POL-001").version("1.3").body("Text of POL-001 1.3.").text().replace("\n", "\r\n"));

        assertThat(read(git.documents(), ShallowCloneMode.FAIL).document("POL-001").orElseThrow().state())
                .isEqualTo(ContentState.APPROVED);
    }

    @Test
    void anIsmsInASubFolderOfALargerRepositoryIsFound() {
        GitFixture git = GitFixture.init(temp.resolve("mono"));
        git.write("services/isms/src/isms/documents/isp.md", TestDocument.of("POL-001").version("1.0").body("x"));
        git.commit(CAROL, "Add");

        HistoryResult result = read(git.dir().resolve("services/isms/src/isms/documents"), ShallowCloneMode.FAIL);

        assertThat(result.document("POL-001").orElseThrow().revisions()).extracting(Revision::path)
                .containsExactly("services/isms/src/isms/documents/isp.md");
    }

    @Test
    void inARepositoryWithoutCommitsEveryDocumentIsAnUncommittedDraft() {
        GitFixture git = GitFixture.init(temp.resolve("new"));
        git.document("isp.md", "POL-001", "0.1", "First words.");

        HistoryResult result = read(git.documents(), ShallowCloneMode.FAIL);

        assertThat(result.source()).contains("no commits");
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNCOMMITTED);
    }

    @Test
    void eachRevisionCarriesTheTitleAndStatusOfItsFrontMatter() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.write("src/isms/documents/isp.md", "---\nid: POL-001\ntitle: Old title\nversion: 1.0\n---\n");
        git.commit(CAROL, "Add");
        git.write("src/isms/documents/isp.md", "---\nid: POL-001\ntitle: New title\nversion: 1.1\nstatus: retired\n---\n");
        git.commit(CAROL, "Retire");

        assertThat(read(git.documents(), ShallowCloneMode.FAIL).document("POL-001").orElseThrow().revisions())
                .extracting(Revision::title, Revision::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Old title", null),
                        org.assertj.core.groups.Tuple.tuple("New title", "retired"));
    }

    @Test
    void aVersionThatGoesDownIsReported() {
        GitFixture git = repo();
        git.document("isp.md", "POL-001", "2.0", "Two.");
        git.commit(CAROL, "Major change");
        git.document("isp.md", "POL-001", "1.9", "Back.");
        String down = git.commit(CAROL, "Oops");

        assertThat(read(git).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.VERSION_DECREASED);
            assertThat(f.commitId()).isEqualTo(down);
            assertThat(f.message()).contains("2.0", "1.9");
        });
    }

    @Test
    void versionsCompareAsNumbersAndAreKeptAsWritten() {
        GitFixture git = repo();
        git.document("isp.md", "POL-001", "1.9", "Nine.");
        git.commit(CAROL, "1.9");
        git.document("isp.md", "POL-001", "1.10", "Ten.");
        git.commit(CAROL, "1.10");

        HistoryResult result = read(git);

        assertThat(result.findings()).isEmpty();
        assertThat(result.document("POL-001").orElseThrow().revisions()).extracting(Revision::version)
                .containsExactly("1.0", "1.9", "1.10");
    }

    @Test
    void contentChangedWithoutAVersionChangeIsReported() {
        GitFixture git = repo();
        git.document("isp.md", "POL-001", "1.0", "One, silently edited.");
        String edit = git.commit(CAROL, "Silent edit");

        HistoryResult result = read(git);

        assertThat(result.findings()).extracting(Finding::kind, Finding::commitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.CONTENT_CHANGED_WITHOUT_VERSION, edit));
        assertThat(result.document("POL-001").orElseThrow().versionTable()).singleElement()
                .extracting(Revision::commitId).isEqualTo(edit);
    }

    @Test
    void aVersionNumberReusedForDifferentContentIsReported() {
        GitFixture git = repo();
        git.document("isp.md", "POL-001", "1.1", "Eleven.");
        git.commit(CAROL, "1.1");
        git.document("isp.md", "POL-001", "1.0", "Not the old one.");
        git.commit(CAROL, "Back to 1.0 with new text");

        assertThat(read(git).findings()).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.VERSION_DECREASED, FindingKind.VERSION_REUSED);
    }

    @Test
    void aFileRenamedAndEditedInTheSameCommitKeepsItsIdentityFromTheFrontMatter() {
        GitFixture git = repo();
        git.git("mv", "src/isms/documents/isp.md", "src/isms/documents/information-security-policy.md");
        git.document("information-security-policy.md", "POL-001", "1.1", "One, edited while moving.");
        git.commit(CAROL, "Rename and edit");

        DocumentHistory history = read(git).document("POL-001").orElseThrow();

        assertThat(history.revisions()).extracting(Revision::version, Revision::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.0", "src/isms/documents/isp.md"),
                org.assertj.core.groups.Tuple.tuple("1.1", "src/isms/documents/information-security-policy.md"));
        assertThat(history.path()).isEqualTo("src/isms/documents/information-security-policy.md");
    }

    @Test
    void aFileRewrittenBeyondRenameDetectionStillKeepsItsIdentity() {
        GitFixture git = repo();
        git.git("rm", "-q", "src/isms/documents/isp.md");
        git.document("new/place.md", "POL-001", "2.0", "Completely different words in every single line here.");
        git.commit(CAROL, "Rewrite");

        assertThat(read(git).document("POL-001").orElseThrow().revisions()).extracting(Revision::version)
                .containsExactly("1.0", "2.0");
    }

    @Test
    void aPureRenameMovesTheLocatorWithoutANewRevision() {
        GitFixture git = repo();
        git.git("mv", "src/isms/documents/isp.md", "src/isms/documents/moved.md");
        git.commit(CAROL, "Move");

        DocumentHistory history = read(git).document("POL-001").orElseThrow();

        assertThat(history.revisions()).hasSize(1);
        assertThat(history.path()).isEqualTo("src/isms/documents/moved.md");
        assertThat(read(git).findings()).isEmpty();
    }

    @Test
    void nonAsciiPathsAreFollowed() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.document("Richtlinien/Informationssicherheit-Überblick.md", "POL-ÄÖ", "1.0", "Grüße.");
        git.commit(CAROL, "Richtlinie");
        git.git("mv", "src/isms/documents/Richtlinien/Informationssicherheit-Überblick.md",
                "src/isms/documents/Richtlinien/情報セキュリティ.md");
        git.document("Richtlinien/情報セキュリティ.md", "POL-ÄÖ", "1.1", "Grüße, überarbeitet.");
        git.commit(CAROL, "Umbenannt");

        DocumentHistory history = read(git).document("POL-ÄÖ").orElseThrow();

        assertThat(history.revisions()).extracting(Revision::path).containsExactly(
                "src/isms/documents/Richtlinien/Informationssicherheit-Überblick.md",
                "src/isms/documents/Richtlinien/情報セキュリティ.md");
        assertThat(history.state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
    }

    @Test
    void aRemovedDocumentKeepsItsHistory() {
        GitFixture git = repo();
        git.git("rm", "-q", "src/isms/documents/isp.md");
        git.commit(ALICE, "Retire the policy");

        DocumentHistory history = read(git).document("POL-001").orElseThrow();

        assertThat(history.state()).isEqualTo(ContentState.REMOVED);
        assertThat(history.revisions()).extracting(Revision::version).containsExactly("1.0");
    }

    @Test
    void filesWithoutFrontMatterAreNoDocuments() {
        GitFixture git = repo();
        git.write("src/isms/documents/README.md", "# Notes\n");
        git.commit(CAROL, "Notes");

        assertThat(read(git).documents()).extracting(DocumentHistory::id).containsExactly("POL-001");
    }

    @Test
    void historyIsReadOnlyUnderTheDocumentsFolder() {
        GitFixture git = repo();
        git.write("docs/other.md", TestDocument.of("OTHER-1").version("1.0").body("x"));
        git.commit(CAROL, "Unrelated Markdown");

        assertThat(read(git).documents()).extracting(DocumentHistory::id).containsExactly("POL-001");
        assertThat(List.of(read(git).availability())).containsExactly(HistoryAvailability.COMPLETE);
    }

    @Test
    void aLongMainLineReadInParallelSlicesKeepsMainLineOrder() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        StringBuilder stream = new StringBuilder();
        int commits = 300;
        for (int i = 1; i <= commits; i++) {
            String content = TestDocument.of("POL-001").version("1." + i).body("Change " + i + ".").text();
            stream.append("commit refs/heads/main\nmark :").append(i).append("\ncommitter Carol <carol@example.com> ")
                    .append(1_767_225_600L + i * 60L).append(" +0000\ndata 9\nchange ").append(String.format("%02d", i % 100))
                    .append("\n").append(i > 1 ? "from :" + (i - 1) + "\n" : "")
                    .append("M 100644 inline src/isms/documents/p.md\ndata ")
                    .append(content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).append("\n")
                    .append(content).append("\n\n");
        }
        git.fastImport(stream.toString());
        git.git("checkout", "-q", "-f", "main");

        HistoryResult result = read(git);

        List<Revision> revisions = result.document("POL-001").orElseThrow().revisions();
        assertThat(revisions).hasSize(commits);
        assertThat(revisions).extracting(Revision::version).startsWith("1.1", "1.2", "1.3").endsWith("1.300");
        assertThat(result.findings()).isEmpty();
    }
}
