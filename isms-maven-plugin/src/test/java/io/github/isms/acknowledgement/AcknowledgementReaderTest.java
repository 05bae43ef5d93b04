package io.github.isms.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audiences and acknowledgement exports are read like every other source: each mistake is one
 * {@code path:line:column: CODE message} line, and all of them come out of one run. Dates are judged at a
 * fixed reference date (the output timestamp), never at the machine's clock.
 */
class AcknowledgementReaderTest {

    static final String CONFIG = TestIsms.VALID_CONFIG + """
            audiences:
              all-staff: people/staff.csv
              it: [alice@example.com, dave@example.com]
            """;
    static final String EXPORT = "src/isms/records/acknowledgements/lms.csv";
    /** The reference date of these builds: 2026-03-01. */
    static final HistoryOptions AT_REFERENCE = new HistoryOptions(false, false,
            Optional.of(Instant.parse("2026-03-01T10:00:00Z")));

    @TempDir
    Path dir;

    private TestIsms isms() {
        return TestIsms.in(dir).config(CONFIG)
                .file("src/isms/people/staff.csv", "Name,Work Email,Department\nCarol,carol@example.com,Sales\n"
                        + "Erin,ERIN@example.com,IT\nNobody,,Contractors\n")
                .document("pol.md", TestDocument.of("POL-1").field("acknowledge", "[all-staff, it]"));
    }

    private CheckResult check(TestIsms isms) {
        return new IsmsEngine().check(BuildRequest.defaults(isms.root()).withHistory(AT_REFERENCE));
    }

    private static List<String> lines(CheckResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anExportWithTheFourColumnsInAnyOrderAndMoreIsReadWithoutDiagnostics() {
        CheckResult result = check(isms().file(EXPORT, "date,version,Name,email,document\n"
                + "2026-02-01,1.0,Carol,carol@example.com,POL-1\n"));

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void everyMistakeOfEveryFileIsReportedAtItsCellInOneRun() {
        CheckResult result = check(isms()
                .file(EXPORT, """
                        email,document,version,date
                        carol@example.com,POL-1,1.0,2026-02-01
                        carol@example.com,POL-9,1.0,2026-02-01
                        erin@example.com,POL-1,1.0,2026-04-01
                        not-an-address,POL-1,1.0,2026-02-01
                        dave@example.com,POL-1,1.0,01.02.2026
                        dave@example.com,POL-1,1.0
                        alice@example.com,POL-1,,2026-02-01
                        alice@example.com,POL-1,9.0,2026-02-01
                        CAROL@example.com,POL-1,1.0,2026-02-02
                        """)
                .file("src/isms/records/acknowledgements/form.csv", "mail,doc,when\nx@example.com,POL-1,2026-01-01\n"));

        assertThat(lines(result)).containsExactly(
                "src/isms/records/acknowledgements/form.csv:1:1: ACKNOWLEDGEMENT_CSV_INVALID the header must name the columns "
                        + "email,document,version,date (in any order, more allowed); missing: email, document, version, date",
                EXPORT + ":3:19: ACKNOWLEDGEMENT_UNKNOWN no document has the id 'POL-9'",
                EXPORT + ":4:28: ACKNOWLEDGEMENT_FUTURE dated 2026-04-01, after the reference date 2026-03-01; "
                        + "an acknowledgement can not come from the future",
                EXPORT + ":5:1: ACKNOWLEDGEMENT_CSV_INVALID 'not-an-address' is not an e-mail address",
                EXPORT + ":6:28: ACKNOWLEDGEMENT_CSV_INVALID '01.02.2026' is not a date; write YYYY-MM-DD",
                EXPORT + ":7:1: ACKNOWLEDGEMENT_CSV_INVALID this row has 3 cells, the header 4",
                EXPORT + ":8:25: ACKNOWLEDGEMENT_CSV_INVALID the version cell is empty",
                EXPORT + ":9:25: ACKNOWLEDGEMENT_UNKNOWN POL-1 never had version '9.0' (it is at 1.0)",
                EXPORT + ":10:25: ACKNOWLEDGEMENT_DUPLICATE CAROL@example.com acknowledged POL-1 version 1.0 already at "
                        + EXPORT + ":2:25");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(Code.ACKNOWLEDGEMENT_CSV_INVALID,
                Code.ACKNOWLEDGEMENT_UNKNOWN, Code.ACKNOWLEDGEMENT_FUTURE, Code.ACKNOWLEDGEMENT_DUPLICATE);
    }

    @Test
    void audiencesThatAreNotDefinedMissingOrWithoutAnEmailColumnAreReported() {
        CheckResult result = check(TestIsms.in(dir).config(TestIsms.VALID_CONFIG + """
                audiences:
                  all-staff: people/staff.csv
                  board: {file: people/board.csv, classification: secret}
                  it: [alice@example.com, not-an-address]
                acknowledgement: {form: "mailto:isms@example.com", renewOn: sometimes, within: soon}
                """)
                .file("src/isms/people/board.csv", "Name,Phone\nBob,123\n")
                .document("pol.md", TestDocument.of("POL-1").field("acknowledge", "[all-staff, everyone]")));

        assertThat(lines(result)).containsExactly(
                "src/isms/documents/pol.md:5:26: AUDIENCE_UNKNOWN acknowledge: audience 'everyone' is not defined under "
                        + "audiences: in isms.yaml (defined: all-staff, board, it)",
                "src/isms/isms.yaml:21:3: AUDIENCE_INVALID audience all-staff: src/isms/people/staff.csv does not exist "
                        + "(a CSV file with an e-mail column, relative to the ISMS folder)",
                "src/isms/isms.yaml:22:51: CLASSIFICATION_UNKNOWN audiences.board.classification 'secret' is not one of the "
                        + "classifications: public, internal, confidential",
                "src/isms/isms.yaml:23:27: EMAIL_INVALID audience it: 'not-an-address' is not an e-mail address",
                "src/isms/isms.yaml:24:25: ACKNOWLEDGEMENT_SETTING_INVALID acknowledgement.form 'mailto:isms@example.com' must be "
                        + "an http(s) URL, e.g. https://forms.example.com/ack?doc={id}&version={version}",
                "src/isms/isms.yaml:24:61: ACKNOWLEDGEMENT_SETTING_INVALID acknowledgement.renewOn 'sometimes' is none of major "
                        + "(the default: a new major version is acknowledged again), minor or every",
                "src/isms/isms.yaml:24:80: INTERVAL_INVALID acknowledgement.within 'soon' is not like '12 months', '1 year', "
                        + "'6 weeks', '90 days', '30d', 'quarterly' or 'P1Y'",
                "src/isms/people/board.csv:1:1: AUDIENCE_INVALID audience board: the header names no e-mail column (one called "
                        + "email, e-mail, mail or like 'Work Email'); found: name, phone");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(Code.AUDIENCE_UNKNOWN,
                Code.AUDIENCE_INVALID, Code.CLASSIFICATION_UNKNOWN, Code.EMAIL_INVALID, Code.ACKNOWLEDGEMENT_SETTING_INVALID,
                Code.INTERVAL_INVALID);
    }

    @Test
    void anAudienceFileThatLeadsOutOfTheIsmsIsRefused() throws Exception {
        Path outside = Files.writeString(dir.resolve("hr-export.csv"), "email\nmallory@example.com\n");
        TestIsms isms = isms().delete("src/isms/people/staff.csv");
        Files.createSymbolicLink(dir.resolve("src/isms/people/staff.csv"), outside);

        assertThat(TestIsms.places(check(isms))).containsExactly("src/isms/people/staff.csv:1:1: " + Code.FILE_OUTSIDE_SOURCE);
    }

    @Test
    void membersAreReadFromTheEmailColumnInLowerCaseEachOnceWithoutTheEmptyOnes() {
        TestIsms isms = isms();
        Acknowledgements read = AcknowledgementReader.read(
                new io.github.isms.source.ProjectLoader(io.github.isms.source.SourceLayout.defaults(isms.root()))
                        .load(new io.github.isms.diag.Diagnostics()),
                java.time.LocalDate.parse("2026-03-01"), new io.github.isms.diag.Diagnostics());

        assertThat(read.audiences().get("all-staff").emails()).containsExactly("carol@example.com", "erin@example.com");
        assertThat(read.audiences().get("it").emails()).containsExactly("alice@example.com", "dave@example.com");
    }
}
