package io.github.isms.history;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.BOB;
import static io.github.isms.testing.GitFixture.CAROL;
import static io.github.isms.testing.GitFixture.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.model.EvidenceKind;
import io.github.isms.model.Member;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose evidence approves a change: platform reviews recorded as notes, trailers and the merger, with the
 * rules that keep each honest (reviews on the merged head only, four eyes, trailers only through a request).
 */
class ChangeRequestsTest {

    private static final Member BOB_ACCOUNTS = new Member("bob@example.com", "Bob Becker", "bob-b", "bbecker");

    @TempDir
    Path temp;

    private GitFixture git;
    private String prHead;

    private static ApprovalRules reviewRules() {
        return ApprovalTest.trailerRules().withEvidence(EvidenceKind.REVIEWS).withPeople(BOB_ACCOUNTS);
    }

    /** A GitHub pull request by Carol, squash-merged by GitHub as one commit on main; returns that commit. */
    private String squashedPullRequest(String message) {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start the ISMS");
        git.branch("topic");
        git.document("isp.md", "POL-001", "1.0", "Text.");
        prHead = git.commit(CAROL, "Draft the policy");
        git.checkout("main");
        return git.squash("topic", CAROL, message);
    }

    private Revision revision(ApprovalRules rules) {
        return result(rules).document("POL-001").orElseThrow().revisions().get(0);
    }

    private HistoryResult result(ApprovalRules rules) {
        return new HistoryReader().read(new HistoryRequest(git.documents(), rules));
    }

    @Test
    void aReviewOnTheMergedHeadApprovesAndTheLoginIsMatchedThroughPeople() {
        String main = squashedPullRequest("Access control: MFA for admins (#42)");
        git.note(main, NoteJson.github(prHead).approvedBy("bob-b", null, null).json());

        Revision revision = revision(reviewRules());

        assertThat(revision.approved()).isTrue();
        assertThat(revision.approvals()).singleElement().isEqualTo(
                new Approval(new Person("Bob Becker", "bob@example.com"), "CEO", EvidenceKind.REVIEWS, "bob-b"));
        assertThat(revision.request()).isEqualTo(
                new RequestLink("github", 42, "https://github.com/org/isms/pull/42", true));
    }

    @Test
    void withoutPeopleTheNotesEmailNamesTheReviewer() {
        String main = squashedPullRequest("Policy (#42)");
        git.note(main, NoteJson.github(prHead).approvedBy("someone", "Bob", "BOB@example.com").json());

        assertThat(revision(ApprovalTest.trailerRules().withEvidence(EvidenceKind.REVIEWS)).approvers())
                .extracting(Person::email).containsExactly("BOB@example.com");
    }

    @Test
    void aReviewByAnUnknownLoginIsReportedAndNeverCounted() {
        String main = squashedPullRequest("Policy (#42)");
        git.note(main, NoteJson.github(prHead).approvedBy("mallory", null, null).json());

        HistoryResult result = result(reviewRules());

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.LOGIN_UNKNOWN);
            assertThat(f.commitId()).isEqualTo(main);
            assertThat(f.message()).contains("'mallory'");
        });
    }

    @Test
    void aReviewGivenOnAnEarlierHeadDoesNotApproveTheMergedContentUnlessStaleReviewsAreAllowed() {
        String main = squashedPullRequest("Policy (#42)");
        String earlier = git.git("rev-parse", prHead + "^").strip();
        git.note(main, NoteJson.github(prHead).approval("bob-b", null, null, "APPROVED", earlier).json());

        HistoryResult strict = result(reviewRules());

        assertThat(strict.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(strict.findings()).extracting(Finding::kind).containsExactly(FindingKind.STALE_REVIEW);
        assertThat(strict.findings().get(0).message()).contains(earlier.substring(0, 12), prHead.substring(0, 12));
        assertThat(revision(reviewRules().withStaleReviewsAllowed(true)).approved()).isTrue();
    }

    @Test
    void onlyApprovedReviewsCountDismissedOnesNever() {
        String main = squashedPullRequest("Policy (#42)");
        git.note(main, NoteJson.github(prHead).approval("bob-b", null, null, "DISMISSED", prHead)
                .approval("bob-b", null, null, "CHANGES_REQUESTED", prHead).json());

        assertThat(revision(reviewRules().withStaleReviewsAllowed(true)).approved()).isFalse();
    }

    @Test
    void aGitlabApprovalNamesNoCommitAndTheRevisionRecordsThat() {
        String main = squashedPullRequest("Policy");
        git.note(main, NoteJson.gitlab(prHead).number(7).approvedBy("bbecker", null, null).json());

        Revision revision = revision(reviewRules());

        assertThat(revision.approved()).isTrue();
        assertThat(revision.request().reviewedHeadKnown()).isFalse();
        assertThat(revision.request().label()).isEqualTo("!7");
    }

    @Test
    void theRequestsAuthorDoesNotApproveTheirOwnChangeUnlessAuthorsMayApprove() {
        String main = squashedPullRequest("Policy (#42)");
        git.note(main, NoteJson.github(prHead).author("bob-b", null, null).approvedBy("bob-b", null, null).json());

        HistoryResult result = result(reviewRules());

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.BY_AUTHOR);
        assertThat(revision(reviewRules().withAuthorMayApprove(true)).approved()).isTrue();
    }

    @Test
    void aSideBranchAuthorsTrailerOnTheMergeDoesNotApproveTheirOwnChange() {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.pullRequest("p", BOB, "isp.md", "POL-001", "1.0", ALICE,
                "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>");

        HistoryResult result = result(ApprovalTest.trailerRules());

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.BY_AUTHOR);
    }

    @Test
    void theMergerANoteRecordsIsTheMergerOfASquashCommit() {
        String main = squashedPullRequest("Policy (#42)");
        git.note(main, NoteJson.github(prHead).mergedBy("bob-b", null, null).json());

        Revision revision = revision(ApprovalTest.trailerRules().withEvidence(EvidenceKind.MERGER).withPeople(BOB_ACCOUNTS));

        assertThat(revision.approvals()).singleElement().satisfies(a -> {
            assertThat(a.person().email()).isEqualTo("bob@example.com");
            assertThat(a.evidence()).isEqualTo(EvidenceKind.MERGER);
        });
    }

    @Test
    void trailersOnADirectCommitDoNotCountUnlessANoteShowsARequestOrSingleParentTrailersAreAllowed() {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.document("isp.md", "POL-001", "1.0", "Text.");
        String direct = git.commit(CAROL, "Policy\n\nApproved-by: Bob Ceo <bob@example.com>");

        HistoryResult pushed = result(ApprovalTest.trailerRules());

        assertThat(pushed.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(pushed.findings()).extracting(Finding::kind).containsExactly(FindingKind.NOT_THROUGH_REQUEST);
        assertThat(revision(ApprovalTest.trailerRules().withSingleParentTrailers(true)).approved()).isTrue();

        git.note(direct, NoteJson.github(direct).json());
        assertThat(revision(ApprovalTest.trailerRules()).approved()).as("a note shows it came through a request").isTrue();
    }

    @Test
    void oneApprovalPerPersonTheReviewFirst() {
        String main = squashedPullRequest("Policy (#42)\n\nApproved-by: Bob Ceo <bob@example.com>");
        git.note(main, NoteJson.github(prHead).approvedBy("bob-b", null, null).json());

        Revision revision = revision(reviewRules().withEvidence(EvidenceKind.TRAILERS, EvidenceKind.REVIEWS));

        assertThat(revision.approvals()).extracting(Approval::evidence).containsExactly(EvidenceKind.REVIEWS);
    }

    @Test
    void theRequestLinkComesFromTheMergeMessageAndTheTemplateWithoutANote() {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0", DAVE, "Merge pull request #9 from org/p\n\nPolicy");

        Revision revision = revision(ApprovalTest.trailerRules().withRequestUrl("https://github.com/org/isms/pull/{number}"));

        assertThat(revision.request()).isEqualTo(new RequestLink("github", 9, "https://github.com/org/isms/pull/9", true));
    }
}
