package io.github.isms.history;

import static io.github.isms.history.GitFixture.ALICE;
import static io.github.isms.history.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionRulesAndRenamesTest {

    @TempDir
    Path temp;

    private HistoryResult read(GitFixture git) {
        return new HistoryReader().read(new HistoryRequest(git.documents(), ApprovalTest.trailerRules()));
    }

    private GitFixture repo() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.document("isp.md", "POL-001", "1.0", "One.");
        git.commit(CAROL, "Add the policy");
        return git;
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
