package io.github.isms.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evidence.yaml is read with each item's freshness at the build's reference date, and each mistake is one
 * {@code path:line:column: CODE message} line, all in one run.
 */
class EvidenceReaderTest {

    static final String EVIDENCE_YAML = "src/isms/evidence.yaml";

    @TempDir
    Path dir;

    private TestIsms isms(String evidenceYaml) {
        return TestIsms.in(dir).file(EVIDENCE_YAML, evidenceYaml)
                .file("src/isms/evidence/restore-test.pdf", "%PDF-1.7 a restore test")
                .file("src/isms/evidence/report.html", "<script>alert(1)</script>");
    }

    private EvidenceRegister read(TestIsms isms, String reference) {
        return EvidenceReader.read(new ProjectLoader(SourceLayout.defaults(isms.root())).load(new Diagnostics()),
                LocalDate.parse(reference), new Diagnostics());
    }

    private List<String> lines(TestIsms isms) {
        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(isms.root()).withHistory(new HistoryOptions(false,
                false, Optional.of(Instant.parse("2026-06-01T00:00:00Z")))));
        return result.diagnostics().stream().filter(d -> d.position().path().equals(EVIDENCE_YAML)).map(Diagnostic::format).toList();
    }

    @Test
    void freshnessIsTheLastCollectionPlusTheFrequencyAtTheReferenceDate() {
        TestIsms isms = isms("""
                evidence:
                  - id: EV-1
                    controls: [A.8.13]
                    frequency: quarterly
                    collected: [2026-04-12, 2026-01-15]
                    location: evidence/restore-test.pdf
                  - id: EV-2
                    controls: [A.5.18]
                    frequency: P1M
                    collected: [2026-04-01]
                    location: https://tickets.example.com/access-review
                  - id: EV-3
                    controls: [A.6.3]
                    frequency: yearly
                """);

        EvidenceRegister register = read(isms, "2026-06-01");

        assertThat(register.items()).extracting(EvidenceItem::id, EvidenceItem::lastCollected, EvidenceItem::due,
                        EvidenceItem::freshness)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EV-1", "2026-04-12", "2026-07-12", "fresh"),
                        org.assertj.core.groups.Tuple.tuple("EV-2", "2026-04-01", "2026-05-01", "stale"),
                        org.assertj.core.groups.Tuple.tuple("EV-3", "", "", "never collected"));
        assertThat(read(isms, "2026-07-13").items().get(0).stale()).isTrue();
        assertThat(register.of("A.8.13")).extracting(EvidenceItem::id).containsExactly("EV-1");
    }

    @Test
    void aFileIsPublishedOnlyUpToTheSiteClassificationAndAUrlNever() {
        EvidenceRegister register = read(isms("""
                evidence:
                  - {id: EV-1, controls: [A.8.13], frequency: monthly, location: evidence/restore-test.pdf}
                  - {id: EV-2, controls: [A.8.13], frequency: monthly, location: evidence/restore-test.pdf, classification: confidential}
                  - {id: EV-3, controls: [A.8.13], frequency: monthly, location: "https://example.com/x"}
                """), "2026-06-01");

        assertThat(register.items()).extracting(EvidenceItem::sitePath)
                .containsExactly("evidence/restore-test.pdf", "", "");
    }

    @Test
    void everyMistakeIsReportedAtItsValueInOneRun() throws Exception {
        TestIsms isms = isms("""
                evidence:
                  - id: EV-1
                    controls: [A.8.13]
                    owner: Janitor
                    frequency: now and then
                    location: evidence/missing.pdf
                  - id: EV-1
                    controls: [A.8.13]
                    frequency: monthly
                    collected: [2026-13-01]
                    location: ../isms.yaml
                  - id: EV-3
                    controls: [A.8.13]
                    frequency: 6 months
                    location: http://example.com/evidence
                    classification: secret
                  - id: EV-4
                    controls: [A.8.13]
                    frequency: 6 months
                    location: evidence/report.html
                  - id: EV-5
                    controls: [A.8.13]
                    frequency: monthly
                    location: assets/logo.png
                  - id: EV-6
                    controls: [A.8.13]
                    frequency: monthly
                    location: evidence/leak.pdf
                """);
        Files.writeString(dir.resolve("secret.pdf"), "%PDF outside");
        Files.createSymbolicLink(dir.resolve("src/isms/evidence/leak.pdf"), dir.resolve("secret.pdf"));

        List<String> lines = lines(isms);

        assertThat(lines).containsExactly(
                EVIDENCE_YAML + ":2:5: EVIDENCE_ID_DUPLICATE evidence id 'EV-1' is also used at " + EVIDENCE_YAML + ":7:5",
                EVIDENCE_YAML + ":4:12: ROLE_UNKNOWN evidence owner role 'Janitor' is not defined under roles: in isms.yaml (defined: CISO, CEO)",
                EVIDENCE_YAML + ":5:16: INTERVAL_INVALID evidence frequency 'now and then' is not like '12 months', '1 year', "
                        + "'6 weeks', '90 days', '30d', 'quarterly' or 'P1Y'",
                EVIDENCE_YAML + ":6:15: EVIDENCE_LOCATION_INVALID location 'evidence/missing.pdf' does not exist (a file under "
                        + "evidence/, relative to the ISMS folder)",
                EVIDENCE_YAML + ":7:5: EVIDENCE_ID_DUPLICATE evidence id 'EV-1' is also used at " + EVIDENCE_YAML + ":2:5",
                EVIDENCE_YAML + ":7:5: EVIDENCE_STALE evidence EV-1 was never collected (collected: is empty)",
                EVIDENCE_YAML + ":10:17: DATE_INVALID '2026-13-01' is not a valid date; write YYYY-MM-DD",
                EVIDENCE_YAML + ":11:15: FILE_OUTSIDE_SOURCE location '../isms.yaml' resolves outside the ISMS source folder; "
                        + "nothing outside the ISMS is published",
                EVIDENCE_YAML + ":12:5: EVIDENCE_STALE evidence EV-3 was never collected (collected: is empty)",
                EVIDENCE_YAML + ":15:15: EVIDENCE_LOCATION_INVALID location 'http://example.com/evidence' is neither an https URL "
                        + "nor a file under evidence/",
                EVIDENCE_YAML + ":16:21: CLASSIFICATION_UNKNOWN classification 'secret' is not one of the classifications: "
                        + "public, internal, confidential",
                EVIDENCE_YAML + ":17:5: EVIDENCE_STALE evidence EV-4 was never collected (collected: is empty)",
                EVIDENCE_YAML + ":20:15: EVIDENCE_LOCATION_INVALID location 'evidence/report.html' is of a type that can run "
                        + "script in a browser; publish a PDF, an image, an office document or text",
                EVIDENCE_YAML + ":21:5: EVIDENCE_STALE evidence EV-5 was never collected (collected: is empty)",
                EVIDENCE_YAML + ":24:15: EVIDENCE_LOCATION_INVALID location 'assets/logo.png' is not under evidence/ (files of "
                        + "evidence lie in evidence/ of the ISMS folder)",
                EVIDENCE_YAML + ":25:5: EVIDENCE_STALE evidence EV-6 was never collected (collected: is empty)",
                EVIDENCE_YAML + ":28:15: FILE_OUTSIDE_SOURCE location 'evidence/leak.pdf' resolves outside the ISMS source "
                        + "folder; nothing outside the ISMS is published");
        assertThat(lines).filteredOn(l -> l.contains(": " + Code.EVIDENCE_ID_DUPLICATE + " ")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.contains(": " + Code.EVIDENCE_LOCATION_INVALID + " ")).hasSize(4);
    }
}
