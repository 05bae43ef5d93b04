package io.github.isms.history;

import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryDiagnosticsTest {

    @TempDir
    Path temp;

    @Test
    void aVersionThatWentDownInPastHistoryIsAWarningAndInTheDraftAnError() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.document("isp.md", "POL-001", "2.0", "Two.");
        git.commit(CAROL, "Add");
        git.document("isp.md", "POL-001", "1.0", "One.");
        String down = git.commit(CAROL, "Down in history");
        git.document("isp.md", "POL-001", "0.9", "Draft going down again.");
        HistoryResult result = new HistoryReader().read(new HistoryRequest(git.documents(), ApprovalTest.trailerRules()));
        Diagnostics diagnostics = new Diagnostics();

        HistoryDiagnostics.report(result, Map.of("POL-001", new SourcePosition("src/isms/documents/isp.md", 5, 10)),
                diagnostics);

        assertThat(diagnostics.all()).extracting(Diagnostic::severity, Diagnostic::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, Code.VERSION_DECREASED),
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, Code.VERSION_DECREASED));
        assertThat(diagnostics.all()).extracting(Diagnostic::format).contains(
                "src/isms/documents/isp.md:5:10: VERSION_DECREASED POL-001: version went down from 2.0 to 1.0 (commit "
                        + down.substring(0, 12) + ")");
    }

    @Test
    void eachHistoryProblemIsReportedWithItsStableCode() {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.document("isp.md", "POL-001", "1.0", "One.");
        git.commit(CAROL, "Add");
        git.document("isp.md", "POL-001", "1.0", "One, edited without a new version.");
        git.commit(CAROL, "Silent edit");
        git.document("isp.md", "POL-001", "1.1", "Eleven.");
        git.commit(CAROL, "1.1");
        git.document("isp.md", "POL-001", "1.0", "A different 1.0.");
        git.commit(CAROL, "1.0 again");
        git.write("src/isms/documents/isp.md", "---\nid: [unclosed\n---\nBroken.\n");
        git.commit(CAROL, "Broken front matter");
        git.branch("p");
        git.document("isp.md", "POL-001", "2.0", "Two.");
        git.commit(CAROL, "Two");
        git.checkout("main");
        git.merge("p", GitFixture.ALICE, "Merge branch 'p' into 'main'\n\nTwo\n\nApproved-by: Dave Dev <dave@example.com>");
        HistoryResult result = new HistoryReader().read(new HistoryRequest(git.documents(), ApprovalTest.trailerRules()));
        Diagnostics diagnostics = new Diagnostics();

        HistoryDiagnostics.report(result, Map.of(), diagnostics);

        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactlyInAnyOrder(
                Code.VERSION_NOT_CHANGED, Code.VERSION_DECREASED, Code.VERSION_REUSED, Code.HISTORY_FRONT_MATTER,
                Code.APPROVAL_WITHOUT_ROLE);
        assertThat(diagnostics.all()).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.position().path()).isEqualTo("src/isms/documents/isp.md");
        });
    }

    @Test
    void eachKindOfEvidenceThatDoesNotCountHasItsOwnStableCode() {
        assertThat(Map.of(
                FindingKind.NOTE_INVALID, Code.APPROVAL_NOTE_INVALID,
                FindingKind.LOGIN_UNKNOWN, Code.APPROVAL_LOGIN_UNKNOWN,
                FindingKind.STALE_REVIEW, Code.APPROVAL_STALE,
                FindingKind.BY_AUTHOR, Code.APPROVAL_BY_AUTHOR,
                FindingKind.NOT_THROUGH_REQUEST, Code.APPROVAL_NOT_THROUGH_REQUEST,
                FindingKind.UNSIGNED, Code.APPROVAL_UNSIGNED,
                FindingKind.BAD_SIGNATURE, Code.APPROVAL_BAD_SIGNATURE))
                .allSatisfy((kind, code) -> assertThat(HistoryDiagnostics.code(kind)).isEqualTo(code));
    }
}
