package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoaDiagnosticsTest {

    @TempDir
    Path dir;

    private List<String> lines(SmallIsms isms, Code... codes) {
        return isms.diagnostics().stream().filter(d -> List.of(codes).contains(d.code())).map(Diagnostic::format).toList();
    }

    @Test
    void aCleanSoaGivesNoDiagnostics() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022")
                .document("POL-001", "controls: [A.5.1]", "clauses: [\"5.2\", \"6.1.3(d)\"]")
                .file("soa.yaml", """
                        controls:
                          A.5.1: {status: implemented, justification: Required by the board}
                          A.7.4:
                            applicable: false
                            justification: No premises of our own
                        """);
        assertThat(isms.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void aControlIdNoCatalogDefinesIsReportedAtItsLineInSoaYaml() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("soa.yaml", """
                controls:
                  A.5.1: {status: implemented}
                  A.5.99: {status: planned}
                """);
        assertThat(lines(isms, Code.CONTROL_UNKNOWN)).singleElement().asString()
                .startsWith("src/isms/soa.yaml:3:3: CONTROL_UNKNOWN soa.yaml names control 'A.5.99'");
    }

    @Test
    void anExclusionWithoutJustificationIsAnError() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("soa.yaml", """
                controls:
                  A.7.4: {applicable: false}
                  A.7.5: {applicable: false, justification: "  "}
                """);
        assertThat(lines(isms, Code.SOA_JUSTIFICATION_MISSING)).containsExactly(
                "src/isms/soa.yaml:2:3: SOA_JUSTIFICATION_MISSING control A.7.4 is excluded (applicable: false) without a justification; clause 6.1.3 d) requires one",
                "src/isms/soa.yaml:3:3: SOA_JUSTIFICATION_MISSING control A.7.5 is excluded (applicable: false) without a justification; clause 6.1.3 d) requires one");
    }

    @Test
    void anExcludedControlThatADocumentImplementsIsReportedAtBothPlacesEachNamingTheOther() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022")
                .document("POL-001", "controls: [A.5.1, A.7.4]")
                .file("soa.yaml", """
                        controls:
                          A.7.4: {applicable: false, justification: No premises}
                        """);
        assertThat(lines(isms, Code.SOA_EXCLUDED_IMPLEMENTED)).containsExactly(
                "src/isms/documents/POL-001.md:6:19: SOA_EXCLUDED_IMPLEMENTED POL-001 implements control A.7.4, which src/isms/soa.yaml:2:3 excludes",
                "src/isms/soa.yaml:2:3: SOA_EXCLUDED_IMPLEMENTED control A.7.4 is excluded here, but POL-001 implements it at src/isms/documents/POL-001.md:6:19");
    }

    @Test
    void aStatusOutsideTheFourWordsIsReportedAtTheValue() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("soa.yaml", """
                controls:
                  A.5.1: {status: done}
                """);
        assertThat(lines(isms, Code.SOA_STATUS_UNKNOWN)).containsExactly(
                "src/isms/soa.yaml:2:19: SOA_STATUS_UNKNOWN status 'done' of control A.5.1 is not one of implemented, partial, planned, not-started");
    }

    @Test
    void applicableMustBeTrueOrFalseAndAnEntryMustBeAMappingAndUnknownKeysWarn() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("soa.yaml", """
                controls:
                  A.5.1: {applicable: maybe, status: implemented}
                  A.5.2: implemented
                  A.5.3: {status: partial, justfication: typo}
                """);
        assertThat(lines(isms, Code.KEY_TYPE, Code.KEY_UNKNOWN)).satisfiesExactly(
                d -> assertThat(d).startsWith("src/isms/soa.yaml:2:23: KEY_TYPE applicable must be true or false, not 'maybe'"),
                d -> assertThat(d).startsWith("src/isms/soa.yaml:3:10: KEY_TYPE 'A.5.2' must be a mapping"),
                d -> assertThat(d).startsWith("src/isms/soa.yaml:4:28: KEY_UNKNOWN unknown key 'justfication' in control A.5.3"));
    }

    @Test
    void malformedSoaYamlIsASyntaxErrorAtItsLine() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("soa.yaml", "controls:\n  A.5.1: {status: implemented\n");
        assertThat(lines(isms, Code.YAML_SYNTAX)).singleElement().asString().startsWith("src/isms/soa.yaml:");
    }

    @Test
    void unknownControlsAndClausesInFrontMatterAreReportedAtTheItem() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022")
                .document("POL-001", "controls: [A.5.1, A.9.1.1, X.1]", "clauses: [\"7.5.3\", \"11.1\", \"6.1.3(d)\"]");
        assertThat(lines(isms, Code.CONTROL_UNKNOWN, Code.CLAUSE_UNKNOWN)).satisfiesExactly(
                d -> assertThat(d).startsWith("src/isms/documents/POL-001.md:6:19: CONTROL_UNKNOWN control 'A.9.1.1' is not in ISO/IEC 27001:2022 Annex A")
                        .endsWith("it is a 2013 control, continued in 2022 as A.5.15"),
                d -> assertThat(d).startsWith("src/isms/documents/POL-001.md:6:28: CONTROL_UNKNOWN control 'X.1'"),
                d -> assertThat(d).startsWith("src/isms/documents/POL-001.md:7:20: CLAUSE_UNKNOWN clause '11.1' is not a clause of iso27001:2022"));
    }

    @Test
    void clausesAreCheckedAgainstTheSelectedEdition() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2013").document("POL-001", "clauses: [\"6.3\", \"9.3\"]");
        assertThat(lines(isms, Code.CLAUSE_UNKNOWN)).singleElement().asString()
                .startsWith("src/isms/documents/POL-001.md:6:11: CLAUSE_UNKNOWN clause '6.3' is not a clause of iso27001:2013");
    }

    @Test
    void anApplicableControlWithoutStatusIsAWarningAtItsLineAndUnlistedControlsAreNamedInOne() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("soa.yaml", """
                controls:
                  A.5.1: {status: implemented}
                  A.5.2: {justification: Needed}
                  A.7.4: {applicable: false, justification: No premises}
                """);
        List<String> missing = lines(isms, Code.SOA_STATUS_MISSING);
        assertThat(missing).hasSize(2).contains("src/isms/soa.yaml:3:3: SOA_STATUS_MISSING control A.5.2 is applicable but "
                + "has no status (implemented, partial, planned, not-started)");
        assertThat(missing).anySatisfy(line -> assertThat(line).startsWith("src/isms/soa.yaml:1:1: SOA_STATUS_MISSING 90 "
                + "applicable control(s) are not in soa.yaml, so they have no status: A.5.3, A.5.4,").endsWith(" and 70 more"));
        assertThat(isms.diagnostics()).filteredOn(d -> d.code() == Code.SOA_STATUS_MISSING)
                .allMatch(d -> !d.isError());
        assertThat(lines(isms, Code.SOA_INCLUSION_UNJUSTIFIED)).isEmpty();
    }

    @Test
    void withRequireJustificationAnApplicableControlWithoutJustificationIsAWarning() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022", "soa: {requireJustification: true}").file("soa.yaml", """
                controls:
                  A.5.1: {status: implemented, justification: Required by the board}
                  A.5.2: {status: implemented}
                """);
        List<String> unjustified = lines(isms, Code.SOA_INCLUSION_UNJUSTIFIED);
        assertThat(unjustified).hasSize(2).contains("src/isms/soa.yaml:3:3: SOA_INCLUSION_UNJUSTIFIED control A.5.2 is "
                + "applicable without a justification for its inclusion, and soa.requireJustification is set");
        assertThat(unjustified).anySatisfy(line -> assertThat(line)
                .startsWith("src/isms/soa.yaml:1:1: SOA_INCLUSION_UNJUSTIFIED 91 applicable control(s)"));
        assertThat(isms.diagnostics()).noneMatch(d -> d.code() == Code.KEY_UNKNOWN);
    }
}
