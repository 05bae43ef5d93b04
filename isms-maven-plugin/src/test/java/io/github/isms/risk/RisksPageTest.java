package io.github.isms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostic;
import io.github.isms.testing.UserGuide;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user guide's risks.yaml section is the users' reference: its keys are the reader's, and its example is valid. */
class RisksPageTest {

    private static final String SECTION = "Risk register and treatment plan: `risks.yaml`";

    @Test
    void theUserGuideDocumentsExactlyTheKeysOfARiskWithTheRequiredOnesMarked() {
        List<List<String>> rows = UserGuide.tableRows(UserGuide.section(SECTION));

        assertThat(rows).extracting(row -> row.get(0)).containsExactlyElementsOf(RiskReader.RISK_KEYS);
        assertThat(rows).filteredOn(row -> row.get(1).equals("yes")).extracting(row -> row.get(0))
                .containsExactly("id", "title", "owner", "likelihood", "impact");
    }

    @Test
    void theUserGuideExampleChecksWithoutADiagnostic(@TempDir Path dir) {
        List<String> section = UserGuide.section(SECTION);
        String example = String.join("\n", section.subList(section.indexOf("```yaml") + 1, section.indexOf("```"))) + "\n";
        TestIsms isms = TestIsms.in(dir)
                .config(TestIsms.VALID_CONFIG.replace("  CEO: [bob@example.com]\n", "  CEO: [bob@example.com]\n  IT-Lead: [carol@example.com]\n"))
                .file("src/isms/risks.yaml", example);

        assertThat(isms.check().diagnostics()).filteredOn(d -> d.position().path().endsWith("risks.yaml"))
                .extracting(Diagnostic::format).isEmpty();
        assertThat(example).contains("R-001", "acceptance:");
    }
}
