package io.github.isms.history;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.CAROL;
import static io.github.isms.testing.GitFixture.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.diag.Diagnostics;
import io.github.isms.source.ConfigReader;
import io.github.isms.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence is judged as the ISMS stood before the change: roles and approval settings come from isms.yaml at
 * the change's first parent, never from the change itself or from what the ISMS says today. Each test is an
 * insider's attempt that used to succeed.
 */
class RulesInForceTest {

    private static final String CONFIG = """
            organization: {name: Example Corp}
            roles:
              CISO: [alice@example.com]
              CEO: [bob@example.com]
            defaults: {approvers: [CEO]}
            approval: {evidence: [trailers]}
            """;

    @TempDir
    Path temp;

    private GitFixture git;

    private GitFixture isms(String config) {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("src/isms/isms.yaml", config);
        git.commit(ALICE, "Start the ISMS");
        return git;
    }

    /** As the engine reads history: today's isms.yaml names the branch, past ones judge past changes. */
    private HistoryResult read() {
        Path isms = git.dir().resolve("src/isms/isms.yaml");
        ApprovalRules today = rulesOf(readString(isms));
        return new HistoryReader().read(new HistoryRequest(git.documents(), today)
                .withRulesInForce(isms, RulesInForceTest::rulesOf));
    }

    private static ApprovalRules rulesOf(String yaml) {
        return ApprovalRules.of(ConfigReader.read(new SourceFile(Path.of("isms.yaml"), "isms.yaml", yaml), new Diagnostics()));
    }

    private static String readString(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPullRequestThatMakesItsApproverACeoIsJudgedByTheRolesBeforeIt() {
        isms(CONFIG);
        git.branch("p");
        git.write("src/isms/isms.yaml", CONFIG.replace("CEO: [bob@example.com]", "CEO: [bob@example.com, dave@example.com]"));
        git.document("isp.md", "POL-001", "1.0", "Text.");
        git.commit(CAROL, "Policy, and Dave as CEO");
        git.checkout("main");
        git.merge("p", ALICE, "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Dave Dev <dave@example.com>");

        HistoryResult result = read();

        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.EVIDENCE_WITHOUT_ROLE);
    }

    @Test
    void anApprovalWithoutARoleStaysInvalidWhenThePersonIsGivenTheRoleLater() {
        isms(CONFIG);
        git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0", ALICE,
                "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Dave Dev <dave@example.com>");
        git.branch("roles");
        git.write("src/isms/isms.yaml", CONFIG.replace("CEO: [bob@example.com]", "CEO: [bob@example.com, dave@example.com]"));
        git.commit(ALICE, "Dave joins as CEO");
        git.checkout("main");
        git.merge("roles", ALICE, "Merge branch 'roles' into 'main'\n\nDave as CEO\n\nApproved-by: Bob Ceo <bob@example.com>");

        List<Revision> revisions = read().document("POL-001").orElseThrow().revisions();

        assertThat(revisions).singleElement().satisfies(r -> assertThat(r.approved()).isFalse());
    }

    @Test
    void aPullRequestThatAllowsSingleParentTrailersIsJudgedByTheSettingBeforeIt() {
        isms(CONFIG);
        git.write("src/isms/isms.yaml", CONFIG.replace("approval: {evidence: [trailers]}",
                "approval: {evidence: [trailers], singleParentTrailers: true}"));
        git.document("isp.md", "POL-001", "1.0", "Text.");
        git.commit(CAROL, "Policy\n\nApproved-by: Bob Ceo <bob@example.com>");

        HistoryResult result = read();

        assertThat(result.document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.NOT_THROUGH_REQUEST);
    }

    @Test
    void theChangeThatCreatesTheIsmsIsJudgedByItsOwnRules() {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "start\n");
        git.commit(ALICE, "Start");
        git.branch("p");
        git.write("src/isms/isms.yaml", CONFIG);
        git.document("isp.md", "POL-001", "1.0", "Text.");
        git.commit(CAROL, "The ISMS and its first policy");
        git.checkout("main");
        git.merge("p", ALICE, "Merge branch 'p' into 'main'\n\nISMS\n\nApproved-by: Bob Ceo <bob@example.com>");

        assertThat(read().document("POL-001").orElseThrow().state()).isEqualTo(ContentState.APPROVED);
    }

    @Test
    void withoutTheApprovalBranchEveryDocumentIsADraftNeverHeadsOwnLine() {
        isms(CONFIG);
        git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0", ALICE,
                "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>");
        git.git("checkout", "-q", "--detach");
        git.git("branch", "-q", "-D", "main");

        HistoryResult result = read();

        assertThat(result.approvalBranchFound()).isFalse();
        assertThat(result.source()).contains("approval branch 'main' not found", "no change on it counts as approved");
        assertThat(result.document("POL-001").orElseThrow().revisions()).singleElement()
                .satisfies(r -> assertThat(r.approved()).isFalse());
        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
    }

    @Test
    void aBrokenIsmsYamlInThePastApprovesNothingWhileItStood() {
        isms("roles: [not, a, mapping\n");
        git.pullRequest("p", CAROL, "isp.md", "POL-001", "1.0", ALICE,
                "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>");
        git.write("src/isms/isms.yaml", CONFIG);
        git.commit(ALICE, "Repair isms.yaml");

        assertThat(read().document("POL-001").orElseThrow().revisions().get(0).approved()).isFalse();
    }
}
