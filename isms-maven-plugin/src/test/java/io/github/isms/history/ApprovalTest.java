package io.github.isms.history;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.BOB;
import static io.github.isms.testing.GitFixture.CAROL;
import static io.github.isms.testing.GitFixture.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.model.EvidenceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalTest {

    static final Map<String, List<String>> ROLES = Map.of(
            "CISO", List.of("alice@example.com"),
            "CEO", List.of("BOB@Example.com", "4242+bob@users.noreply.github.com"));

    static ApprovalRules trailerRules() {
        return ApprovalRules.defaults(ROLES, List.of("CEO"));
    }

    @TempDir
    Path temp;

    private GitFixture repoWithFirstPolicy() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start the ISMS");
        return git;
    }

    private HistoryResult read(GitFixture git, ApprovalRules rules) {
        return new HistoryReader().read(new HistoryRequest(git.documents(), rules));
    }

    @Test
    void gitlabMergeWithApprovedByTrailerFromTheCeoApprovesTheVersion() {
        GitFixture git = repoWithFirstPolicy();
        git.branch("policy");
        git.document("policies/isp.md", "POL-001", "1.0", "First draft.");
        git.commit(CAROL, "Draft the policy");
        git.document("policies/isp.md", "POL-001", "1.0", "First draft, reviewed.");
        git.commit(DAVE, "Fix wording");
        git.checkout("main");
        String merge = git.merge("policy", ALICE, "Merge branch 'policy' into 'main'\n\nAdd the information security "
                + "policy\n\nSee merge request isms/isms!1\n\nApproved-by: Bob Ceo <bob@example.com>");

        DocumentHistory history = read(git, trailerRules()).document("POL-001").orElseThrow();

        assertThat(history.revisions()).singleElement().satisfies(r -> {
            assertThat(r.version()).isEqualTo("1.0");
            assertThat(r.commitId()).isEqualTo(merge);
            assertThat(r.authors()).extracting(Person::email).containsExactly("carol@example.com", "dave@example.com");
            assertThat(r.approvers()).extracting(Person::email).containsExactly("bob@example.com");
            assertThat(r.changeSummary()).isEqualTo("Add the information security policy");
            assertThat(r.approved()).isTrue();
            assertThat(r.path()).isEqualTo("src/isms/documents/policies/isp.md");
        });
        assertThat(history.state()).isEqualTo(ContentState.APPROVED);
    }

    @Test
    void githubMergeCountsTheMergerAsApproverWhenMergerEvidenceIsChosen() {
        GitFixture git = repoWithFirstPolicy();
        git.pullRequest("carol/isp", CAROL, "isp.md", "POL-001", "1.0",
                new Person("Bob", "4242+bob@users.noreply.github.com"),
                "Merge pull request #7 from example/carol/isp\n\nInformation security policy, first issue");

        HistoryResult result = read(git, trailerRules().withEvidence(EvidenceKind.MERGER));

        Revision revision = result.document("POL-001").orElseThrow().revisions().get(0);
        assertThat(revision.approved()).isTrue();
        assertThat(revision.approvers()).extracting(Person::email).containsExactly("4242+bob@users.noreply.github.com");
        assertThat(revision.changeSummary()).isEqualTo("Information security policy, first issue");
        assertThat(revision.authors()).extracting(Person::email).containsExactly("carol@example.com");
    }

    @Test
    void olderGithubNoreplyFormInRolesMatchesTheNumberedForm() {
        GitFixture git = repoWithFirstPolicy();
        git.pullRequest("x", CAROL, "isp.md", "POL-001", "1.0",
                new Person("Dan", "777+dan@users.noreply.github.com"), "Merge pull request #8 from o/x");
        ApprovalRules rules = new ApprovalRules("main", Set.of(EvidenceKind.MERGER),
                List.of("Approved-by"), Map.of("CEO", List.of("dan@users.noreply.github.com")), List.of("CEO"));

        assertThat(read(git, rules).document("POL-001").orElseThrow().state()).isEqualTo(ContentState.APPROVED);
    }

    @Test
    void squashCommitAuthorIsNoMergerForOnGithubThatIsThePullRequestsOwnAuthor() {
        GitFixture git = repoWithFirstPolicy();
        git.branch("topic");
        git.document("isp.md", "POL-001", "1.0", "Text.");
        git.commit(CAROL, "wip");
        git.checkout("main");
        git.squash("topic", BOB, "Add the security policy (#12)\n\nCo-authored-by: Carol Writer <carol@example.com>");

        Revision revision = read(git, trailerRules().withEvidence(EvidenceKind.MERGER))
                .document("POL-001").orElseThrow().revisions().get(0);

        assertThat(revision.approved()).isFalse();
        assertThat(revision.authors()).extracting(Person::email).containsExactly("bob@example.com", "carol@example.com");
        assertThat(revision.changeSummary()).isEqualTo("Add the security policy (#12)");
        assertThat(revision.request()).isNotNull().extracting(RequestLink::number).isEqualTo(12L);
    }

    @Test
    void directPushIsNoMergeSoItsAuthorIsNoApprover() {
        GitFixture git = repoWithFirstPolicy();
        git.document("isp.md", "POL-001", "1.0", "Text.");
        git.commit(BOB, "Add the policy directly");

        DocumentHistory history = read(git, trailerRules().withEvidence(EvidenceKind.MERGER))
                .document("POL-001").orElseThrow();

        assertThat(history.revisions().get(0).approved()).isFalse();
        assertThat(history.state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
    }

    @Test
    void evidenceFromSomeoneWithoutTheRoleIsReportedAndDoesNotCount() {
        GitFixture git = repoWithFirstPolicy();
        String merge = git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0",
                ALICE, "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Dave Dev <dave@example.com>");

        HistoryResult result = read(git, trailerRules());

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.EVIDENCE_WITHOUT_ROLE);
            assertThat(f.commitId()).isEqualTo(merge);
            assertThat(f.message()).contains("dave@example.com");
        });
    }

    @Test
    void approverRolesNamedInTheFrontMatterReplaceTheDefaults() {
        GitFixture git = repoWithFirstPolicy();
        git.branch("p");
        git.write("src/isms/documents/isp.md", "---\nid: POL-001\nversion: '1.0'\napprovers: [CISO]\n---\nText\n");
        git.commit(CAROL, "Draft");
        git.checkout("main");
        git.merge("p", ALICE, "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>\n"
                + "Approved-by: Alice Ciso <alice@example.com>");

        HistoryResult result = read(git, trailerRules());

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approvers())
                .extracting(Person::email).containsExactly("alice@example.com");
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.EVIDENCE_WITHOUT_ROLE);
    }

    @Test
    void aChangeIsJudgedByTheApproverRolesInForceBeforeItSoAPullRequestCanNotNameItsOwnApprovers() {
        GitFixture git = repoWithFirstPolicy();
        git.branch("p");
        git.write("src/isms/documents/isp.md", "---\nid: POL-001\nversion: '1.0'\napprovers: [CEO]\n---\nText\n");
        git.commit(CAROL, "Draft");
        git.checkout("main");
        git.merge("p", ALICE, "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>");
        git.branch("q");
        git.write("src/isms/documents/isp.md", "---\nid: POL-001\nversion: '1.1'\napprovers: [CISO]\n---\nLooser text\n");
        git.commit(CAROL, "Let the CISO approve this policy");
        git.checkout("main");
        git.merge("q", ALICE, "Merge branch 'q' into 'main'\n\nLooser\n\nApproved-by: Alice Ciso <alice@example.com>");

        HistoryResult result = read(git, trailerRules());

        List<Revision> revisions = result.document("POL-001").orElseThrow().revisions();
        assertThat(revisions).extracting(Revision::version).containsExactly("1.0", "1.1");
        assertThat(revisions.get(1).approved()).as("the CISO is not an approver of version 1.0's rules").isFalse();
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.EVIDENCE_WITHOUT_ROLE);
    }

    @Test
    void trailerNamesAreConfigurable() {
        GitFixture git = repoWithFirstPolicy();
        git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0",
                ALICE, "Merge branch 'p'\n\nPolicy\n\nReviewed-by: Bob Ceo <bob@example.com>");

        assertThat(read(git, trailerRules()).document("POL-001").orElseThrow().state())
                .isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(read(git, trailerRules().withTrailerNames("Reviewed-by")).document("POL-001").orElseThrow().state())
                .isEqualTo(ContentState.APPROVED);
    }

    @Test
    void sideBranchCommitsBelongToTheFirstMergeThatBroughtThemIn() {
        GitFixture git = repoWithFirstPolicy();
        git.pullRequest("long", CAROL, "isp.md", "POL-001", "1.0",
                ALICE, "Merge branch 'long' into 'main'\n\nFirst\n\nApproved-by: Bob Ceo <bob@example.com>");
        git.checkout("long");
        git.document("isp.md", "POL-001", "1.1", "Two.");
        git.commit(DAVE, "Second part");
        git.checkout("main");
        git.merge("long", ALICE, "Merge branch 'long' into 'main'\n\nSecond\n\nApproved-by: Bob Ceo <bob@example.com>");

        List<Revision> revisions = read(git, trailerRules()).document("POL-001").orElseThrow().revisions();

        assertThat(revisions).extracting(Revision::version).containsExactly("1.0", "1.1");
        assertThat(revisions.get(0).authors()).extracting(Person::email).containsExactly("carol@example.com");
        assertThat(revisions.get(1).authors()).extracting(Person::email).containsExactly("dave@example.com");
        assertThat(revisions).allMatch(Revision::approved);
    }

    @Test
    void aLaterDirectCommitMakesTheCurrentContentADraftWhileTheEarlierVersionStaysApproved() {
        GitFixture git = repoWithFirstPolicy();
        git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0",
                ALICE, "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>");
        git.document("isp.md", "POL-001", "1.1", "Edited on main.");
        git.commit(CAROL, "Quick edit");

        DocumentHistory history = read(git, trailerRules()).document("POL-001").orElseThrow();

        assertThat(history.revisions()).extracting(Revision::approved).containsExactly(true, false);
        assertThat(history.state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(history.lastApproved()).map(Revision::version).contains("1.0");
    }
}
