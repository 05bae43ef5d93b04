package io.github.isms.readiness;

import static io.github.isms.readiness.StepState.DONE;
import static io.github.isms.readiness.StepState.IN_PROGRESS;
import static io.github.isms.readiness.StepState.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.acknowledgement.AcknowledgementCoverage;
import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.evidence.EvidenceItem;
import io.github.isms.evidence.EvidenceRegister;
import io.github.isms.testing.ScriptedRepository;
import io.github.isms.testing.TestDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's certification readiness, derived from real ISMSs in real git repositories: documents
 * count once a merge approved by the CEO brought them to main, an internal audit or management review only
 * when approved within the 12 months before the reference date (the output timestamp, 2026-06-01 here).
 */
class ReadinessTest {

    static final Instant REFERENCE = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anEmptyIsmsHasStartedNothingButNamingPeopleForItsRoles() throws IOException {
        ScriptedRepository repo = ScriptedRepository.started(dir.resolve("empty"), "2026-01-05");

        Map<Integer, Line> steps = readiness(repo);

        assertThat(steps).hasSize(16);
        assertThat(steps.get(1).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(1).text()).contains("no information security policy (5.2)", "2 roles are held by named people");
        steps.values().stream().filter(s -> s.number() != 1)
                .forEach(s -> assertThat(s.state()).as(s.text()).isEqualTo(NOT_STARTED));
        assertThat(steps.get(3).text()).contains("no document addresses 4.3");
        assertThat(steps.get(14).text()).contains("no record of internal audit (9.2)");
        assertThat(steps.get(11).text()).contains("staff acknowledgement of policies: not recorded");
        assertThat(steps.get(3).link()).isEmpty();
    }

    @Test
    void aHalfDoneIsmsShowsWhatIsApprovedWhatIsOnlyWrittenAndWhatIsTooOld() throws IOException {
        ScriptedRepository repo = ScriptedRepository.started(dir.resolve("half"), "2024-01-05");
        repo.approved("2024-03-01", "audit", Map.of("src/isms/documents/audit-2024.md",
                TestDocument.of("REC-AUD-2024").type("record").clauses("9.2").text()));
        repo.approved("2026-02-01", "scope", Map.of("src/isms/documents/scope.md", TestDocument.of("SCOPE").clauses("4.3").text(),
                "src/isms/documents/policy.md", TestDocument.of("POL-001").clauses("5.1", "5.2").text()));
        // Merged without the CEO's approval: written, not in force.
        repo.unapproved("2026-02-10", "method", Map.of("src/isms/documents/method.md",
                TestDocument.of("PRO-RISK").type("procedure").clauses("6.1.2").text()));
        repo.approved("2026-03-01", "registers", Map.of(
                "src/isms/risks.yaml", """
                        risks:
                          - {id: R-1, title: Ransomware, owner: CISO, likelihood: 4, impact: 5, treatment: modify,
                             plan: Immutable backups, due: 2026-09-30}
                          - {id: R-2, title: Leaver keeps access, owner: CISO, likelihood: 3, impact: 4}
                        """,
                "src/isms/soa.yaml", "version: 1.0\nowner: CISO\ncontrols:\n  A.5.1: {status: implemented, justification: Policy needed.}\n",
                "src/isms/documents/access.md", TestDocument.of("POL-002").clauses().controls("A.5.1", "A.5.15").text()));

        Map<Integer, Line> steps = readiness(repo);

        assertThat(steps.get(1).state()).isEqualTo(DONE);
        assertThat(steps.get(1).text()).contains("policy approved: POL-001");
        assertThat(steps.get(2).state()).isEqualTo(NOT_STARTED);
        assertThat(steps.get(3).state()).isEqualTo(DONE);
        assertThat(steps.get(3).text()).contains("approved: SCOPE");
        assertThat(steps.get(3).link()).isEqualTo("docs/SCOPE/index.html");
        assertThat(steps.get(4).state()).isEqualTo(DONE);
        assertThat(steps.get(5).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(5).text()).contains("PRO-RISK is written, but no version is approved yet");
        assertThat(steps.get(6).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(6).text()).contains("1 of 2 risks in risks.yaml are rated and have a treatment");
        assertThat(steps.get(6).link()).isEqualTo("risks.html");
        assertThat(steps.get(7).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(7).text()).contains("1 of 93 controls decided with a justification");
        assertThat(steps.get(7).link()).isEqualTo("soa.html");
        assertThat(steps.get(8).state()).isEqualTo(DONE);
        assertThat(steps.get(8).text()).contains("1 of 1 risks to be treated have an action with an owner and a due date");
        assertThat(steps.get(9).state()).isEqualTo(NOT_STARTED);
        assertThat(steps.get(10).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(10).text()).contains("2 of 93 applicable controls implemented by an approved document");
        assertThat(steps.get(14).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(14).text()).contains("REC-AUD-2024 approved March 1, 2024", "older than 12 months at June 1, 2026");
        assertThat(steps.get(15).state()).isEqualTo(NOT_STARTED);
        assertThat(steps.get(16).state()).isEqualTo(NOT_STARTED);
    }

    @Test
    void aCompleteIsmsHasEveryStepDoneWithItsProof() throws IOException {
        ScriptedRepository repo = ScriptedRepository.started(dir.resolve("complete"), "2025-01-05");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/isms/documents/plan.md", TestDocument.of("PLAN-001").type("plan").clauses("4.4").text());
        files.put("src/isms/documents/scope.md", TestDocument.of("SCOPE").clauses("4.3").text());
        files.put("src/isms/documents/policy.md", TestDocument.of("POL-001").clauses("5.2", "6.2").text());
        files.put("src/isms/documents/method.md", TestDocument.of("PRO-RISK").type("procedure").clauses("6.1.2").text());
        files.put("src/isms/documents/controls.md", TestDocument.of("POL-ALL").clauses().controls(controls().toArray(String[]::new)).text());
        files.put("src/isms/documents/training.md", TestDocument.of("REC-TRAIN").type("record").clauses("7.2").text());
        files.put("src/isms/documents/operation.md", TestDocument.of("REC-OPS").type("record").clauses("8.1").text());
        files.put("src/isms/documents/monitoring.md", TestDocument.of("REC-KPI").type("record").clauses("9.1").text());
        files.put("src/isms/documents/corrective.md", TestDocument.of("REC-CAR").type("record").clauses("10.2").text());
        files.put("src/isms/risks.yaml", """
                risks:
                  - {id: R-1, title: Ransomware, owner: CISO, likelihood: 4, impact: 5, treatment: modify,
                     plan: Immutable backups, due: 2026-09-30}
                  - {id: R-2, title: Office flood, owner: CISO, likelihood: 1, impact: 2, treatment: accept,
                     acceptance: {by: CEO, date: 2025-01-20}}
                """);
        StringBuilder soa = new StringBuilder("version: 1.0\nowner: CISO\ncontrols:\n");
        controls().forEach(c -> soa.append("  ").append(c).append(": {status: implemented, justification: Needed.}\n"));
        files.put("src/isms/soa.yaml", soa.toString());
        repo.approved("2025-02-01", "everything", files);
        repo.approved("2025-11-15", "audit", Map.of("src/isms/documents/audit.md", TestDocument.of("REC-AUD").type("record").clauses("9.2.2").text()));
        repo.approved("2026-03-20", "review", Map.of("src/isms/documents/review.md", TestDocument.of("REC-MR").type("record").clauses("9.3").text()));

        Map<Integer, Line> steps = readiness(repo);

        steps.values().forEach(s -> assertThat(s.state()).as(s.number() + " " + s.text()).isEqualTo(DONE));
        assertThat(steps.get(2).link()).isEqualTo("docs/PLAN-001/index.html");
        assertThat(steps.get(7).text()).contains("93 of 93 controls decided with a justification; approved February 1, 2025");
        assertThat(steps.get(14).text()).contains("REC-AUD approved November 15, 2025");
        assertThat(steps.get(14).link()).isEqualTo("docs/REC-AUD/index.html");
        assertThat(steps.get(15).text()).contains("REC-MR approved March 20, 2026");
        assertThat(steps.get(10).text()).contains("93 of 93", "evidence that controls operate: not recorded");
        assertThat(Jsoup.parse(repo.dir().resolve("site/index.html").toFile(), "UTF-8").select("#panel-readiness h2").text())
                .isEqualTo("Certification readiness: 16 of 16 steps done");
    }

    @Test
    void withoutGitHistoryNothingCountsAsApproved() throws IOException {
        Path project = dir.resolve("plain");
        Files.createDirectories(project.resolve("src/isms/documents"));
        Files.writeString(project.resolve("src/isms/isms.yaml"), ScriptedRepository.CONFIG);
        Files.writeString(project.resolve("src/isms/documents/scope.md"), TestDocument.of("SCOPE").clauses("4.3").text());

        Map<Integer, Line> steps = lines(build(project));

        assertThat(steps.get(3).state()).isEqualTo(IN_PROGRESS);
        assertThat(steps.get(3).text()).contains("SCOPE is written, but approval can not be established without git history");
    }

    /** The sixteen steps of the shipped list, numbered in order, each with a rule. */
    @Test
    void theShippedListHasSixteenStepsInOrder() {
        List<ImplementationStep> steps = ImplementationStep.all();
        assertThat(steps).extracting(ImplementationStep::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(steps.get(13).title()).isEqualTo("Audit the ISMS internally");
    }

    /** One line of the readiness panel: the step's number, its state, its text, and where it links ("" for nowhere). */
    record Line(int number, StepState state, String text, String link) {
    }

    private Map<Integer, Line> readiness(ScriptedRepository repo) throws IOException {
        return lines(build(repo.dir()));
    }

    private static Path build(Path project) {
        Path site = project.resolve("site");
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(project).withSite(new SiteOptions(site, false))
                .withHistory(new HistoryOptions(false, false, Optional.of(REFERENCE))));
        assertThat(result.errors()).isEmpty();
        return site;
    }

    private static Map<Integer, Line> lines(Path site) throws IOException {
        Document page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Map<Integer, Line> lines = new LinkedHashMap<>();
        for (Element item : page.select("#panel-readiness li")) {
            String badge = item.selectFirst(".badge").text();
            StepState state = List.of(StepState.values()).stream().filter(s -> s.label().equals(badge)).findFirst().orElseThrow();
            String text = item.text().substring(badge.length()).strip();
            int number = Integer.parseInt(text.substring(0, text.indexOf('.')));
            Element link = item.selectFirst("a");
            lines.put(number, new Line(number, state, text, link == null ? "" : link.attr("href")));
        }
        return lines;
    }


    /** Every control of the 2022 catalog the plugin ships. */
    static List<String> controls() {
        try (InputStream in = ReadinessTest.class.getResourceAsStream("/io/github/isms/catalog/iso27001-2022-annex-a.yaml")) {
            Matcher m = Pattern.compile("\"(A\\.\\d+\\.\\d+)\":").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void staffAcknowledgementAndEvidenceAreSummarisedFromTheirRegistersAndNotRecordedWithoutThem() {
        AcknowledgementCoverage read = new AcknowledgementCoverage("POL-001", List.of("all-staff"), "1.0", "2026-01-01",
                "2026-01-01", "2026-01-31", 2, 2, List.of(), "internal", false);
        AcknowledgementCoverage half = new AcknowledgementCoverage("POL-002", List.of("all-staff"), "2.0", "2026-01-01",
                "2026-01-01", "2026-01-31", 2, 1, List.of("b@example.com"), "internal", true);
        EvidenceItem fresh = new EvidenceItem("EV-1", List.of(), "Access review", "CISO", "quarterly", List.of("2026-01-05"),
                "https://example.com/ev1", false, "internal", true, "2026-01-05", "2026-04-05", false, null);
        EvidenceItem stale = new EvidenceItem("EV-2", List.of(), "Backup test", "CISO", "yearly", List.of("2024-01-05"),
                "https://example.com/ev2", false, "internal", true, "2024-01-05", "2025-01-05", true, null);

        assertThat(Readiness.acknowledgementSummary(new AcknowledgementRegister(Map.of("POL-001", read, "POL-002", half), "")))
                .isEqualTo("1 of 2 documents fully acknowledged");
        assertThat(Readiness.acknowledgementSummary(AcknowledgementRegister.NONE)).isEqualTo(Readiness.NOT_RECORDED);
        assertThat(Readiness.evidenceSummary(new EvidenceRegister("evidence.yaml", true, List.of(fresh, stale), "2026-02-01")))
                .isEqualTo("2 evidence items, 1 stale");
        assertThat(Readiness.evidenceSummary(EvidenceRegister.NONE)).isEqualTo(Readiness.NOT_RECORDED);
    }
}
