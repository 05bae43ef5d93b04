package io.github.isms.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.history.ApprovalRules;
import io.github.isms.history.HistoryReader;
import io.github.isms.history.HistoryRequest;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.GitCli;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage is judged against the document's history, read from a real git repository whose policy reached
 * main through merge requests approved by the CEO: 1.0 on 2026-01-01, 1.1 on 2026-02-01, 2.0 on 2026-03-01.
 * Carol and Erin acknowledged 1.0; Dave, the third member of all-staff, never did.
 */
class AcknowledgementsTest {

    static final String ACKS = "src/isms/records/acknowledgements/lms.csv";

    @TempDir
    Path repo;

    private int merges;

    private void start(String renewOn) {
        TestIsms.in(repo).config(TestIsms.VALID_CONFIG + """
                audiences:
                  all-staff: {file: people/staff.csv, classification: internal}
                acknowledgement: {renewOn: %s, within: 30d}
                """.formatted(renewOn))
                .file("src/isms/people/staff.csv", "email\ncarol@example.com\ndave@example.com\nerin@example.com\n")
                .file(".gitignore", "target/\n");
        GitCli.git(repo, Map.of(), "init", "-q", "-b", "main");
        GitCli.git(repo, at("2025-12-01"), "add", "-A");
        GitCli.git(repo, at("2025-12-01"), "commit", "-q", "-m", "Start the ISMS");
    }

    /** A merge request: Carol writes {@code version} on a branch, Alice merges it with the CEO's approval trailer. */
    private void approve(String version, String day) {
        String branch = "b" + (++merges);
        GitCli.git(repo, Map.of(), "checkout", "-q", "-b", branch);
        TestIsms.at(repo).document("pol.md", "---\nid: POL-1\ntitle: Acceptable use\ntype: policy\nversion: \"" + version
                + "\"\nacknowledge: [all-staff]\n---\n# Acceptable use\n\nVersion " + version + " of the rules.\n")
                .file(ACKS, "email,document,version,date\ncarol@example.com,POL-1,1.0,2026-01-05\n"
                        + "erin@example.com,POL-1,1.0,2026-01-06\n");
        GitCli.git(repo, at(day), "add", "-A");
        GitCli.git(repo, person("Carol Writer", "carol@example.com", day), "commit", "-q", "-m", "Acceptable use " + version);
        GitCli.git(repo, Map.of(), "checkout", "-q", "main");
        GitCli.git(repo, person("Alice Ciso", "alice@example.com", day), "merge", "-q", "--no-ff", branch, "-m",
                "Merge branch '" + branch + "'\n\nAcceptable use " + version + "\n\nApproved-by: Bob Ceo <bob@example.com>");
    }

    private static Map<String, String> at(String day) {
        return person("Fixture", "fixture@example.com", day);
    }

    private static Map<String, String> person(String name, String email, String day) {
        Map<String, String> env = new HashMap<>();
        env.put("GIT_AUTHOR_NAME", name);
        env.put("GIT_AUTHOR_EMAIL", email);
        env.put("GIT_COMMITTER_NAME", name);
        env.put("GIT_COMMITTER_EMAIL", email);
        env.put("GIT_AUTHOR_DATE", day + "T12:00:00Z");
        env.put("GIT_COMMITTER_DATE", day + "T12:00:00Z");
        return env;
    }

    private AcknowledgementCoverage coverage(String reference) {
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject project = new ProjectLoader(SourceLayout.defaults(repo)).load(diagnostics);
        var history = new HistoryReader().read(new HistoryRequest(repo.resolve("src/isms/documents"),
                ApprovalRules.of(project.config())));
        LocalDate day = LocalDate.parse(reference);
        return AcknowledgementReader.read(project, day, diagnostics).coverage(project, history.byId(), day, diagnostics)
                .of("POL-1").orElseThrow();
    }

    private List<String> overdue(String reference) {
        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(repo).withHistory(new HistoryOptions(false, false,
                Optional.of(Instant.parse(reference + "T08:00:00Z")))));
        return result.diagnostics().stream().filter(d -> d.code() == Code.ACKNOWLEDGEMENT_OVERDUE).map(Diagnostic::format).toList();
    }

    @Test
    void aMinorVersionKeepsTheAcknowledgementsOfItsMajor() {
        start("major");
        approve("1.0", "2026-01-01");
        approve("1.1", "2026-02-01");

        AcknowledgementCoverage coverage = coverage("2026-02-10");

        assertThat(coverage.version()).isEqualTo("1.1");
        assertThat(coverage.since()).isEqualTo("1.0");
        assertThat(coverage.text()).isEqualTo("acknowledged by 2 of 3");
        assertThat(coverage.outstanding()).containsExactly("dave@example.com");
        assertThat(coverage.approved()).isEqualTo("2026-01-01");
        assertThat(coverage.due()).isEqualTo("2026-01-31");
    }

    @Test
    void aMajorVersionResetsTheCoverage() {
        start("major");
        approve("1.0", "2026-01-01");
        approve("1.1", "2026-02-01");
        approve("2.0", "2026-03-01");

        AcknowledgementCoverage coverage = coverage("2026-03-10");

        assertThat(coverage.since()).isEqualTo("2.0");
        assertThat(coverage.text()).isEqualTo("acknowledged by 0 of 3");
        assertThat(coverage.outstanding()).containsExactly("carol@example.com", "dave@example.com", "erin@example.com");
        assertThat(coverage.due()).isEqualTo("2026-03-31");
        assertThat(coverage.overdue()).isFalse();
    }

    @Test
    void withRenewOnMinorEveryNewVersionIsAcknowledgedAgain() {
        start("minor");
        approve("1.0", "2026-01-01");
        approve("1.1", "2026-02-01");

        AcknowledgementCoverage coverage = coverage("2026-02-10");

        assertThat(coverage.since()).isEqualTo("1.1");
        assertThat(coverage.text()).isEqualTo("acknowledged by 0 of 3");
        assertThat(coverage.due()).isEqualTo("2026-03-03");
    }

    @Test
    void overdueIsJudgedAtTheReferenceDateFromTheApprovalOfTheVersionToAcknowledge() {
        start("major");
        approve("1.0", "2026-01-01");

        assertThat(overdue("2026-01-31")).isEmpty();
        assertThat(overdue("2026-02-01")).containsExactly("src/isms/documents/pol.md:6:14: ACKNOWLEDGEMENT_OVERDUE POL-1 "
                + "version 1.0: 1 of 3 people have not acknowledged it; due on 2026-01-31 (approved 2026-01-01 + 30d), "
                + "before 2026-02-01");
    }
}
