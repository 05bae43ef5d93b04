package io.github.isms.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import io.github.isms.model.Member;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * isms:review on real git repositories: a base on {@code main}, a pull request's branch, the review of the
 * branch against {@code main}.
 */
class PullRequestChangesTest {

    private static final String DOCS = "src/isms/documents/";

    @TempDir
    Path dir;

    /** main with POL-001 1.0 (approvers: CEO by default) and POL-002 1.0, then the branch {@code change}. */
    private ChangesRepository baseWithTwoPolicies() {
        ChangesRepository repo = ChangesRepository.create(dir.resolve("repo"));
        repo.document("access.md", "POL-001", "1.0", "Only the owner grants access.");
        repo.document("backup.md", "POL-002", "1.0", "Back up daily.");
        repo.commit("Two policies");
        return repo.branch("change");
    }

    private static ChangedDocument only(ChangeReportResult result) {
        assertThat(result.review().documents()).hasSize(1);
        return result.review().documents().get(0);
    }

    private static List<String> places(ChangeReportResult result) {
        return result.check().diagnostics().stream()
                .map(d -> d.position() + ": " + d.code() + " " + d.severity()).toList();
    }

    @Test
    void aChangedDocumentWithTheNextMinorVersionNeedsItsApproversAndIsRedlinedWordByWord() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("access.md", "POL-001", "1.1", "Only the owner grants and revokes access.").commit("Revocation");

        ChangeReportResult result = repo.review("main", true);

        ChangedDocument d = only(result);
        assertThat(d.id()).isEqualTo("POL-001");
        assertThat(d.title()).isEqualTo("Title of POL-001");
        assertThat(d.change()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(d.previousVersion()).isEqualTo("1.0");
        assertThat(d.version()).isEqualTo("1.1");
        assertThat(d.bump()).isEqualTo(VersionBump.MINOR);
        assertThat(d.requiredApprovals()).containsExactly(new RequiredApproval("CEO", List.of("bob@example.com")));
        assertThat(d.redline()).contains("grants <ins>and revokes </ins>access").contains("version: \"1.<del>0\"</del><ins>1\"</ins>");
        assertThat(result.check().diagnostics()).isEmpty();
        String md = repo.reviewMarkdown();
        assertThat(md).startsWith(ChangeReportMarkdown.MARKER)
                .contains("| **POL-001** Title of POL-001<br>`src/isms/documents/access.md` | modified | 1.0 → 1.1 (minor) | CEO: `bob@example.com` |")
                .contains("<details><summary>POL-001 Title of POL-001: 1.0 → 1.1</summary>")
                .contains("No problems found.");
    }

    @Test
    void aMajorChangeIsReportedAsMajor() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("access.md", "POL-001", "2.0", "Access is granted by role.").commit("Role-based access");

        assertThat(only(repo.review("main", true)).bump()).isEqualTo(VersionBump.MAJOR);
    }

    @Test
    void aChangeThatOnlyRecordsAReviewKeepsItsVersionWithoutAnError() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.write(DOCS + "backup.md", TestDocument.of("POL-002").version("1.0").field("reviewed", "2026-03-01").body("Back up daily.")).commit("Reviewed");

        ChangeReportResult result = repo.review("main", true);

        assertThat(only(result).bump()).isEqualTo(VersionBump.NONE);
        assertThat(result.check().diagnostics()).isEmpty();
    }

    @Test
    void aReviewThatAlsoChangesTheTextStillNeedsANewVersion() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.write(DOCS + "backup.md", TestDocument.of("POL-002").version("1.0").field("reviewed", "2026-03-01").body("Back up hourly.")).commit("Reviewed");

        assertThat(places(repo.review("main", true))).containsExactly(DOCS + "backup.md:5:10: VERSION_NOT_CHANGED ERROR");
    }

    @Test
    void contentChangedWithoutANewVersionIsAnErrorAtTheVersionLineUnlessOnlyAWarningIsAskedFor() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("backup.md", "POL-002", "1.0", "Back up hourly.").commit("Hourly");

        ChangeReportResult strict = repo.review("main", true);

        assertThat(only(strict).bump()).isEqualTo(VersionBump.NONE);
        assertThat(places(strict)).containsExactly(DOCS + "backup.md:5:10: VERSION_NOT_CHANGED ERROR");
        assertThat(strict.check().diagnostics().get(0).message())
                .isEqualTo("POL-002: content changed in this pull request but version stayed 1.0; raise it to 1.1 "
                        + "(minor change) or 2.0 (major change)");
        assertThat(repo.reviewMarkdown()).contains("1.0 **(not raised)**")
                .contains("- **error** `src/isms/documents/backup.md:5:10` `VERSION_NOT_CHANGED` POL-002: content changed");
        assertThat(repo.review("main", false).check().diagnostics()).extracting(Diagnostic::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void aVersionThatGoesDownIsAnError() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("access.md", "POL-001", "0.9", "Older rules.").commit("Down");

        ChangeReportResult result = repo.review("main", true);

        assertThat(only(result).bump()).isEqualTo(VersionBump.DOWN);
        assertThat(places(result)).containsExactly(DOCS + "access.md:5:10: VERSION_DECREASED ERROR");
        assertThat(result.check().hasErrors()).isTrue();
    }

    @Test
    void aVersionThatSkipsNumbersIsAWarning() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("access.md", "POL-001", "1.3", "Skipped.").commit("Skip");
        repo.document("backup.md", "POL-002", "2.4", "Major without reset.").commit("Major");

        ChangeReportResult result = repo.review("main", true);

        assertThat(places(result)).containsExactly(DOCS + "access.md:5:10: VERSION_SKIPPED WARNING",
                DOCS + "backup.md:5:10: VERSION_SKIPPED WARNING");
        assertThat(result.check().diagnostics()).extracting(Diagnostic::code).containsOnly(Code.VERSION_SKIPPED);
        assertThat(result.check().diagnostics().get(1).message()).endsWith("the next major version is 2.0");
    }

    @Test
    void anAddedDocumentNeedsTheApproverRolesItNames() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.write(DOCS + "privacy.md", TestDocument.of("POL-003").version("1.0").approvers("DPO").body("Personal data is protected."));
        repo.commit("Privacy policy");

        ChangedDocument d = only(repo.review("main", true));

        assertThat(d.change()).isEqualTo(ChangeKind.ADDED);
        assertThat(d.bump()).isEqualTo(VersionBump.NEW);
        assertThat(d.previousPath()).isNull();
        assertThat(d.requiredApprovals())
                .containsExactly(new RequiredApproval("DPO", List.of("dora@example.com", "dan@example.com")));
        assertThat(repo.reviewMarkdown()).contains("| added | 1.0 (new) | DPO: `dora@example.com`, `dan@example.com` |");
    }

    @Test
    void aDocumentRenamedAndEditedInOnePullRequestIsOneChangeFollowedByItsId() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.delete(DOCS + "access.md");
        repo.document("policies/access-control.md", "POL-001", "1.1", "Only the owner grants access, in writing.");
        repo.commit("Move and edit");

        ChangeReportResult result = repo.review("main", true);

        ChangedDocument d = only(result);
        assertThat(d.change()).isEqualTo(ChangeKind.RENAMED);
        assertThat(d.edited()).isTrue();
        assertThat(d.previousPath()).isEqualTo(DOCS + "access.md");
        assertThat(d.path()).isEqualTo(DOCS + "policies/access-control.md");
        assertThat(d.bump()).isEqualTo(VersionBump.MINOR);
        assertThat(d.redline()).contains("access<ins>, in writing</ins>.");
        assertThat(result.check().diagnostics()).isEmpty();
        assertThat(repo.reviewMarkdown()).contains("| renamed from `src/isms/documents/access.md` |");
    }

    @Test
    void aRenameWithoutEditsNeedsNoNewVersion() {
        ChangesRepository repo = baseWithTwoPolicies();
        String text = repo.read(DOCS + "backup.md");
        repo.delete(DOCS + "backup.md").write(DOCS + "ops/backup.md", text).commit("Move");

        ChangeReportResult result = repo.review("main", true);

        ChangedDocument d = only(result);
        assertThat(d.change()).isEqualTo(ChangeKind.RENAMED);
        assertThat(d.edited()).isFalse();
        assertThat(d.bump()).isEqualTo(VersionBump.NONE);
        assertThat(d.redline()).isEmpty();
        assertThat(result.check().diagnostics()).isEmpty();
    }

    @Test
    void aDeletedDocumentIsAWarningAndNeedsTheApproversItHad() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.delete(DOCS + "backup.md").commit("Drop backups");

        ChangeReportResult result = repo.review("main", true);

        ChangedDocument d = only(result);
        assertThat(d.change()).isEqualTo(ChangeKind.DELETED);
        assertThat(d.bump()).isEqualTo(VersionBump.REMOVED);
        assertThat(d.previousVersion()).isEqualTo("1.0");
        assertThat(d.requiredRoles()).containsExactly("CEO");
        assertThat(places(result)).containsExactly(DOCS + "backup.md:1:1: DOCUMENT_DELETED WARNING");
        assertThat(result.check().diagnostics()).extracting(Diagnostic::code).containsExactly(Code.DOCUMENT_DELETED);
        assertThat(repo.reviewMarkdown()).contains("| deleted | 1.0 (deleted) |");
    }

    @Test
    void aRetiredDocumentIsARetirementThatNeedsANewVersion() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.write(DOCS + "backup.md", TestDocument.of("POL-002").version("1.1").status("retired").body("Withdrawn.")).commit("Retire");

        ChangedDocument d = only(repo.review("main", true));

        assertThat(d.change()).isEqualTo(ChangeKind.RETIRED);
        assertThat(d.bump()).isEqualTo(VersionBump.MINOR);
    }

    @Test
    void approversChangedInThePullRequestDoNotApproveItTheOldOnesDo() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.write(DOCS + "access.md", TestDocument.of("POL-001").version("1.1").approvers("CISO").body("Only the owner grants access."));
        repo.commit("CISO approves access from now on");

        ChangedDocument d = only(repo.review("main", true));

        assertThat(d.requiredApprovals()).containsExactly(new RequiredApproval("CEO", List.of("bob@example.com")));
        assertThat(d.proposedApprovers()).containsExactly("CISO");
        assertThat(d.approversChanged()).isTrue();
        assertThat(repo.reviewMarkdown()).contains("**Approvers.** POL-001 changes its approvers from CEO to CISO: "
                + "this change needs approval as at the base");
    }

    @Test
    void theRequiredApproversAreNamedByTheirPlatformLoginsAsAtTheBaseSoCodeownersAndTheReportAgree() {
        ChangesRepository repo = ChangesRepository.create(dir.resolve("repo"));
        repo.write("src/isms/isms.yaml", ChangesRepository.CONFIG
                + "people:\n  bob@example.com: {name: Bob Becker, github: bob-b, gitlab: bbecker}\n");
        repo.document("access.md", "POL-001", "1.0", "Only the owner grants access.").commit("Policy and logins");
        repo.branch("change");
        repo.write("src/isms/isms.yaml", ChangesRepository.CONFIG
                + "people:\n  bob@example.com: {name: Bob Becker, github: carol-c}\n");
        repo.document("access.md", "POL-001", "1.1", "Only the owner grants and revokes access.").commit("Revocation");

        ChangeReportResult result = repo.review("main", true);

        assertThat(only(result).requiredApprovals()).singleElement().satisfies(a -> assertThat(a.holders())
                .containsExactly(new Member("bob@example.com", "Bob Becker", "bob-b", "bbecker")));
        assertThat(repo.reviewMarkdown()).contains("CEO: `bob@example.com` (GitHub `@bob-b`, GitLab `@bbecker`)");
    }

    @Test
    void peopleAddedToARoleInThePullRequestDoNotHoldItForThisPullRequest() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.write("src/isms/isms.yaml", ChangesRepository.CONFIG.replace("CEO: [bob@example.com]",
                "CEO: [bob@example.com, carol@example.com]"));
        repo.document("access.md", "POL-001", "1.1", "Carol approves this.").commit("Make Carol CEO");

        ChangeReportResult result = repo.review("main", true);

        assertThat(only(result).requiredApprovals())
                .containsExactly(new RequiredApproval("CEO", List.of("bob@example.com")));
        assertThat(result.review().configChanged()).isTrue();
        assertThat(repo.reviewMarkdown()).contains("**isms.yaml** changes in this pull request");
    }

    @Test
    void changesMergedIntoTheBaseSinceTheBranchStartedAreNotThePullRequests() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("access.md", "POL-001", "1.1", "Branch text.").commit("On the branch");
        repo.checkout("main");
        repo.document("backup.md", "POL-002", "1.1", "Main moved on.").commit("On main");
        repo.checkout("change");

        ChangeReportResult result = repo.review("main", true);

        assertThat(result.review().documents()).extracting(ChangedDocument::id).containsExactly("POL-001");
        assertThat(result.review().mergeBase()).isNotEqualTo(result.review().baseCommit());
    }

    @Test
    void anIsmsInASubfolderOfTheRepositoryShowsRepositoryPathsInTheCommentAndProjectPathsInDiagnostics() {
        ChangesRepository repo = ChangesRepository.create(dir.resolve("repo"));
        repo.write("isms/src/isms/isms.yaml", ChangesRepository.CONFIG);
        repo.write("isms/" + DOCS + "backup.md", TestDocument.of("POL-002").version("1.0").body("Back up daily."));
        repo.commit("An ISMS in a subfolder");
        repo.branch("change");
        repo.write("isms/" + DOCS + "backup.md", TestDocument.of("POL-002").version("1.0").body("Back up hourly."));
        repo.commit("Hourly");

        ChangeReportResult result = ChangesRepository.review(repo.dir().resolve("isms"), "main", true);

        assertThat(only(result).path()).isEqualTo("isms/" + DOCS + "backup.md");
        assertThat(places(result)).containsExactly(DOCS + "backup.md:5:10: VERSION_NOT_CHANGED ERROR");
    }

    @Test
    void aFrontMatterTheBranchBreaksIsAChangeWithTheLoadersProblemAndProblemsOfUntouchedFilesAreLeftToCheck() {
        ChangesRepository repo = ChangesRepository.create(dir.resolve("repo"));
        repo.document("access.md", "POL-001", "1.0", "Only the owner grants access.");
        repo.write(DOCS + "typo.md", TestDocument.of("POL-002").version("1.0").field("colour", "red").body("An unknown key, long before this branch."));
        repo.commit("Base");
        repo.branch("change");
        repo.write(DOCS + "access.md", "---\nid: POL-001\ntitle: Access: Control\n---\n\nBroken.\n");
        repo.commit("Break it");

        ChangeReportResult result = repo.review("main", true);

        ChangedDocument d = only(result);
        assertThat(d.change()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(d.requiredRoles()).containsExactly("CEO");
        assertThat(result.check().diagnostics()).extracting(Diagnostic::code).containsExactly(Code.YAML_SYNTAX);
        assertThat(result.check().diagnostics().get(0).position().path()).isEqualTo(DOCS + "access.md");
    }

    @Test
    void uncommittedEditsAreReviewedWithTheBranchAndSaidSo() {
        ChangesRepository repo = baseWithTwoPolicies();
        repo.document("access.md", "POL-001", "1.1", "Not committed yet.");

        ChangeReportResult result = repo.review("main", true);

        assertThat(only(result).version()).isEqualTo("1.1");
        assertThat(result.review().uncommitted()).isTrue();
        assertThat(repo.reviewMarkdown()).contains("and the uncommitted edits in the work tree");
    }

    @Test
    void aBaseThatNamesNothingIsAClearErrorAndReviewMdSaysWhy() {
        ChangesRepository repo = baseWithTwoPolicies();

        ChangeReportResult result = repo.review("origin/develop", true);

        assertThat(places(result)).containsExactly("src/isms/isms.yaml:1:1: REVIEW_BASE_NOT_FOUND ERROR");
        assertThat(result.check().diagnostics()).extracting(Diagnostic::code).containsExactly(Code.REVIEW_BASE_NOT_FOUND);
        assertThat(result.check().diagnostics().get(0).message()).contains("'origin/develop' names no branch, tag or commit")
                .contains("git fetch origin");
        assertThat(result.review().available()).isFalse();
        assertThat(repo.reviewMarkdown()).contains("### ISMS review: not possible").contains("REVIEW_BASE_NOT_FOUND");
        assertThat(repo.read("target/isms/review.json")).contains("\"unavailable\"");
    }

    @Test
    void aBranchNameIsFoundAsTheRemoteTrackingBranchInACloneAndACommitIdWorksToo(@TempDir Path ci) {
        ChangesRepository origin = baseWithTwoPolicies();
        origin.document("access.md", "POL-001", "1.1", "Reviewed in CI.").commit("Change");
        String mainTip = origin.checkout("main").commit("Empty commit on main");
        origin.checkout("change");
        try (ChangesRepository clone = origin.cloneInto(ci.resolve("clone"), 0)) {
            clone.checkout("origin/change");

            assertThat(only(clone.review("main", true)).id()).isEqualTo("POL-001");
            assertThat(only(clone.review(mainTip, true)).id()).isEqualTo("POL-001");
            assertThat(clone.review("origin/main", true).review().baseCommit()).isEqualTo(mainTip);
        }
    }

    @Test
    void aShallowCloneWithoutTheBaseFailsWithTheFetchDepthHint(@TempDir Path ci) {
        ChangesRepository origin = baseWithTwoPolicies();
        origin.document("access.md", "POL-001", "1.1", "Shallow.").commit("Change");
        try (ChangesRepository clone = origin.cloneInto(ci.resolve("shallow"), 1)) {

            ChangeReportResult tipOnly = clone.review("origin/main", true);
            ChangeReportResult missing = clone.review("0123456789abcdef0123456789abcdef01234567", true);

            for (ChangeReportResult result : List.of(tipOnly, missing)) {
                assertThat(result.check().diagnostics()).extracting(Diagnostic::code).containsExactly(Code.HISTORY_SHALLOW);
                assertThat(places(result)).containsExactly("src/isms/isms.yaml:1:1: HISTORY_SHALLOW ERROR");
                assertThat(result.check().diagnostics().get(0).message()).contains("shallow clone")
                        .contains("`fetch-depth: 0`").contains("`GIT_DEPTH: 0`").contains("git fetch --unshallow");
            }
            assertThat(tipOnly.check().diagnostics().get(0).message()).contains("the merge-base of 'origin/main' and HEAD is not in it");
        }
    }

    @Test
    void withoutAGitRepositoryTheReviewIsNotPossibleAndSaysSo() {
        ChangesRepository.create(dir.resolve("repo")).close();
        Path plain = dir.resolve("plain");
        copyIsms(dir.resolve("repo"), plain);

        ChangeReportResult result = ChangesRepository.review(plain, "origin/main", true);

        assertThat(places(result)).containsExactly("src/isms/isms.yaml:1:1: REVIEW_BASE_NOT_FOUND ERROR");
        assertThat(result.check().diagnostics().get(0).message()).contains("no git repository");
    }

    private static void copyIsms(Path from, Path to) {
        try {
            java.nio.file.Files.createDirectories(to.resolve("src/isms"));
            java.nio.file.Files.copy(from.resolve("src/isms/isms.yaml"), to.resolve("src/isms/isms.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
