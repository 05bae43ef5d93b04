package io.github.isms.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules between evidence.yaml, the catalogs and soa.yaml, judged at a fixed reference date (2026-06-01). */
class EvidenceRulesTest {

    static final String SOA_YAML = """
            controls:
              A.8.13: {status: implemented}
              A.5.18: {status: implemented}
              A.6.3: {status: planned}
            """;

    @TempDir
    Path dir;

    private List<String> lines(TestIsms isms, Code... codes) {
        return new IsmsEngine().check(BuildRequest.defaults(isms.root()).withHistory(new HistoryOptions(false, false,
                        Optional.of(Instant.parse("2026-06-01T00:00:00Z"))))).diagnostics().stream()
                .filter(d -> List.of(codes).contains(d.code())).map(Diagnostic::format).toList();
    }

    @Test
    void anImplementedControlWithoutEvidenceIsReportedAtItsLineInSoaYamlOnceTheRegisterExists() {
        TestIsms isms = TestIsms.in(dir).file("src/isms/soa.yaml", SOA_YAML).file("src/isms/evidence.yaml", """
                evidence:
                  - {id: EV-1, controls: [A.8.13], frequency: quarterly, collected: [2026-05-02]}
                """);

        assertThat(lines(isms, Code.EVIDENCE_MISSING)).containsExactly("src/isms/soa.yaml:3:3: EVIDENCE_MISSING control A.5.18 "
                + "is implemented, but no item of src/isms/evidence.yaml shows it operating");
    }

    @Test
    void withoutAnEvidenceRegisterNoControlIsAskedForEvidence() {
        TestIsms isms = TestIsms.in(dir).file("src/isms/soa.yaml", SOA_YAML);

        assertThat(lines(isms, Code.EVIDENCE_MISSING, Code.EVIDENCE_STALE)).isEmpty();
    }

    @Test
    void evidenceOlderThanItsFrequencyAtTheReferenceDateIsStale() {
        TestIsms isms = TestIsms.in(dir).file("src/isms/evidence.yaml", """
                evidence:
                  - {id: EV-1, controls: [A.8.13], frequency: quarterly, collected: [2026-03-01]}
                  - {id: EV-2, controls: [A.8.13], frequency: P3M, collected: [2026-02-28]}
                """);

        assertThat(lines(isms, Code.EVIDENCE_STALE)).containsExactly("src/isms/evidence.yaml:3:5: EVIDENCE_STALE evidence EV-2 "
                + "was last collected on 2026-02-28; collected P3M, it was due on 2026-05-28, before the reference date 2026-06-01");
    }

    @Test
    void evidenceNamesControlsOfTheActiveCatalogs() {
        TestIsms isms = TestIsms.in(dir).file("src/isms/evidence.yaml", """
                evidence:
                  - {id: EV-1, controls: [A.8.13, A.99.1], frequency: yearly, collected: [2026-05-02]}
                """);

        assertThat(lines(isms, Code.CONTROL_UNKNOWN)).containsExactly("src/isms/evidence.yaml:2:35: CONTROL_UNKNOWN evidence EV-1 names control 'A.99.1', which is not in ISO/IEC 27001:2022 Annex A");
    }
}
