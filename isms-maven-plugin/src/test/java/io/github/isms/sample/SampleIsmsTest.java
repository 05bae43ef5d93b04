package io.github.isms.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Code;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.BrokenLinks;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample ISMS of this repository (module {@code sample-isms}), built as its own Maven build builds it:
 * its scripted history written by {@code src/history/SampleHistory.java} into a fresh git repository,
 * then the site built from that repository's {@code src/isms}. What the script puts there is what the
 * site shows: every document approved on main, earlier versions superseded, the open pull request's
 * draft pending, with nothing missing and nothing broken.
 */
class SampleIsmsTest {

    private static final Path SAMPLE = Path.of("..", "sample-isms").toAbsolutePath().normalize();
    /** The sample's own reference date (its pom's project.build.outputTimestamp), also taken as "today". */
    private static final Instant REFERENCE = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    static Path tmp;
    static Path repository;
    static CheckResult mainBuild;
    static Path mainSite;

    @BeforeAll
    static void buildTheSampleFromItsScriptedHistory() throws Exception {
        repository = writeHistory(tmp.resolve("sample-repo"));
        mainSite = tmp.resolve("main-site");
        mainBuild = build(repository, mainSite);
    }

    @Test
    void theScriptWritesTheSameCommitsEveryTime() throws Exception {
        Path again = writeHistory(tmp.resolve("again"));

        assertThat(refs(again)).isEqualTo(refs(repository))
                .containsKeys("refs/heads/main", "refs/heads/backup-retention", "refs/notes/isms-approvals");
    }

    @Test
    void mainBuildsWithoutADiagnostic() {
        assertThat(mainBuild.diagnostics()).map(TestIsms::place).isEmpty();
    }

    @Test
    void everyPublishedDocumentIsApprovedAndNoneIsPending() throws IOException {
        List<CSVRecord> register = csv(mainSite.resolve("register.csv"));

        assertThat(register).hasSizeGreaterThan(25);
        assertThat(register).allSatisfy(row -> {
            assertThat(row.get("state")).as(row.get("id")).isEqualTo("approved");
            assertThat(row.get("in_force")).as(row.get("id")).isEqualTo(row.get("version"));
            assertThat(row.get("pending")).as(row.get("id")).isEmpty();
        });
    }

    @Test
    void theAccessControlPolicy11SupersedesItsVersion10WithARedline() throws IOException {
        Document current = page("docs/POL-002/index.html");
        Document earlier = page("docs/POL-002/v1.0/index.html");

        assertThat(inForce("POL-002")).isEqualTo("1.1");
        assertThat(current.text()).contains("security keys for administrators", "#6", "!2");
        assertThat(earlier.title()).contains("version 1.0, superseded");
        assertThat(page("docs/POL-002/redline.html").select("ins").text()).contains("security key");
    }

    @Test
    void theRenamedProcedureKeepsTheHistoryOfItsOldFileName() throws IOException {
        Document procedure = page("docs/PRO-008/index.html");

        assertThat(inForce("PRO-008")).isEqualTo("1.1");
        assertThat(procedure.select("h1").text()).contains("Operations Security Procedure");
        assertThat(page("docs/PRO-008/v1.0/index.html").text()).contains("IT Operations Security Procedure", "superseded");
    }

    @Test
    void approvalsComeFromTrailersGitLabNotesAndSignedGitHubMergesWithReviews() throws IOException {
        assertThat(page("docs/POL-001/index.html").select(".revisions, table").text())
                .contains("Priya Raman (Managing-Director, trailer)");
        assertThat(page("docs/PRO-006/index.html").text()).contains("(Managing-Director, review)", "!3");
        assertThat(page("docs/PRO-008/index.html").text()).contains("Tomás Alvarez (CISO, review)", "#5",
                "signed merge, verified");
    }

    @Test
    void noApplicableControlIsWithoutADocumentAndEveryMandatoryItemIsProvided() throws IOException {
        List<CSVRecord> soa = csv(mainSite.resolve("soa.csv"));
        Document dashboard = page("index.html");

        assertThat(soa).hasSize(93);
        assertThat(soa).filteredOn(row -> row.get("applicable").equals("yes"))
                .allSatisfy(row -> assertThat(row.get("gap")).as(row.get("control")).isEqualTo("no"));
        assertThat(soa).filteredOn(row -> row.get("applicable").equals("no"))
                .extracting(row -> row.get("control")).containsExactly("A.7.12", "A.8.30");
        assertThat(soa).allSatisfy(row -> assertThat(row.get("justification")).as(row.get("control")).isNotBlank());
        assertThat(dashboard.select("#panel-gaps-title").text()).startsWith("Control gaps: 0 of 91");
        assertThat(dashboard.select("#panel-mandatory-title").text()).matches(".*: (\\d+) of \\1 provided");
    }

    @Test
    void everyImplementedControlHasFreshEvidenceAndThePoliciesAreAcknowledgedByAllStaff() throws IOException {
        List<CSVRecord> soa = csv(mainSite.resolve("soa.csv"));
        List<CSVRecord> register = csv(mainSite.resolve("register.csv"));

        assertThat(soa).filteredOn(row -> row.get("status").equals("implemented")).hasSize(88)
                .allSatisfy(row -> {
                    assertThat(row.get("evidence")).as(row.get("control")).isNotBlank();
                    assertThat(row.get("evidence_freshness")).as(row.get("control")).isEqualTo("fresh");
                });
        assertThat(page("docs/POL-001/index.html").text()).contains("Version 1.0 acknowledged by 12 of 12");
        assertThat(register).filteredOn(row -> !row.get("audience").isEmpty())
                .allSatisfy(row -> assertThat(row.get("acknowledgement_overdue")).as(row.get("id")).isEmpty())
                .extracting(row -> row.get("id") + " acknowledged by " + row.get("acknowledged"))
                .containsExactly("POL-001 acknowledged by 12", "POL-003 acknowledged by 12");
    }

    @Test
    void everyLinkOfEveryPageResolves() throws IOException {
        assertThat(BrokenLinks.in(mainSite)).isEmpty();
    }

    @Test
    void theOpenPullRequestsBranchShowsTheBackupPolicy11AsADraftPendingApproval(@TempDir Path out) throws Exception {
        Path checkout = copy(repository, out.resolve("sample-repo"));
        try (Git git = Git.open(checkout.toFile())) {
            git.checkout().setName("backup-retention").call();
        }
        Path site = out.resolve("site");

        CheckResult result = build(checkout, site);

        assertThat(result.diagnostics()).map(TestIsms::place)
                .containsExactly("src/isms/documents/policies/backup-policy.md:5:10: " + Code.DOCUMENT_DRAFT.name());
        CSVRecord backup = csv(site.resolve("register.csv")).stream().filter(r -> r.get("id").equals("POL-006"))
                .findFirst().orElseThrow();
        assertThat(backup.get("in_force")).isEqualTo("1.0");
        assertThat(backup.get("pending")).isEqualTo("1.1");
        assertThat(BrokenLinks.in(site)).isEmpty();
    }

    /** Runs the sample's script as its pom does: the Java source file, with the tests' class path (JGit). */
    private static Path writeHistory(Path target) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "history", ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SAMPLE.resolve("src/history/SampleHistory.java").toString(), SAMPLE.toString(), target.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the script finishes").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return target;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static CheckResult build(Path project, Path site) {
        HistoryOptions history = new HistoryOptions(false, false, Optional.of(REFERENCE))
                .withClock(Clock.fixed(REFERENCE, ZoneOffset.UTC));
        return new IsmsEngine().site(new BuildRequest(SourceLayout.defaults(project), site.resolveSibling(site.getFileName() + "-out"))
                .withSite(new SiteOptions(site, false))
                .withHistory(history));
    }

    private static Map<String, String> refs(Path repo) throws IOException {
        Map<String, String> refs = new LinkedHashMap<>();
        try (Git git = Git.open(repo.toFile())) {
            for (var ref : git.getRepository().getRefDatabase().getRefsByPrefix("refs/")) {
                refs.put(ref.getName(), ref.getObjectId().name());
            }
        }
        return refs;
    }

    private static String inForce(String id) throws IOException {
        return csv(mainSite.resolve("register.csv")).stream().filter(r -> r.get("id").equals(id))
                .map(r -> r.get("in_force")).findFirst().orElseThrow();
    }

    private static Document page(String relative) throws IOException {
        return Jsoup.parse(mainSite.resolve(relative).toFile(), "UTF-8");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords());
        }
    }
}
