package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.risk.RiskReader;
import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MandatoryCoverageTest {

    @TempDir
    Path dir;

    private SmallIsms isms(String... settings) {
        return SmallIsms.in(dir, "iso27001:2022", settings)
                .document("POL-001", "clauses: [\"4.3\", \"5.2\"]")
                .document("REG-001", "controls: [A.5.9]")
                .document("REC-001", "clauses: [\"9.2\"]")
                .file("soa.yaml", "controls:\n  A.5.1: {status: implemented}\n");
    }

    private CoverageItem item(MandatoryCoverage coverage, String name) {
        return coverage.items().stream().filter(i -> i.item().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anItemIsSatisfiedByTheDocumentsThatNameItsClauseOrControl() {
        MandatoryCoverage coverage = isms().model().coverage();
        assertThat(item(coverage, "Scope of the ISMS").documents()).extracting(d -> d.id()).containsExactly("POL-001");
        assertThat(item(coverage, "Information security policy").documents()).extracting(d -> d.id()).containsExactly("POL-001");
        assertThat(item(coverage, "Inventory of assets").documents()).extracting(d -> d.id()).containsExactly("REG-001");
        assertThat(item(coverage, "Acceptable use of assets").satisfied()).isFalse();
    }

    @Test
    void aClauseCoversItsSubclausesButATopLevelClauseIsTooBroad() {
        MandatoryCoverage coverage = isms().model().coverage();
        // REC-001 names 9.2, the programme and results are required by 9.2.2.
        assertThat(item(coverage, "Internal audit programme").documents()).extracting(d -> d.id()).containsExactly("REC-001");
        assertThat(MandatoryCoverage.covers("6.1.3", "6.1.3(d)")).isTrue();
        assertThat(MandatoryCoverage.covers("6", "6.2")).isFalse();
        assertThat(MandatoryCoverage.covers("9.2", "9.2.2")).isTrue();
        assertThat(MandatoryCoverage.covers("9.2.2", "9.2")).isFalse();
        assertThat(MandatoryCoverage.covers("10.1", "10.10")).isFalse();
    }

    @Test
    void theStatementOfApplicabilityIsProvidedBySoaYamlItself() {
        assertThat(item(isms().model().coverage(), "Statement of Applicability").satisfied()).isTrue();
        SmallIsms without = SmallIsms.in(dir.resolve("other"), "iso27001:2022");
        assertThat(item(without.model().coverage(), "Statement of Applicability").satisfied()).isFalse();
    }

    @Test
    void checkWarnsOnEachMissingCoreItemAndCountsMatch() {
        SmallIsms isms = isms();
        MandatoryCoverage coverage = isms.model().coverage();
        assertThat(coverage.requiredCount()).isEqualTo(22);
        assertThat(coverage.satisfiedCount()).isEqualTo(6);
        List<Diagnostic> missing = isms.diagnostics().stream().filter(d -> d.code() == Code.MANDATORY_MISSING).toList();
        assertThat(missing).hasSize(16).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(missing).extracting(Diagnostic::format).contains(
                "src/isms/isms.yaml:2:1: MANDATORY_MISSING iso27001:2022 requires the document 'Acceptable use of assets' (A.5.10); "
                        + "no document names it under clauses: or controls:");
    }

    @Test
    void mandatoryDocumentsErrorInIsmsYamlMakesMissingItemsErrors() {
        SmallIsms isms = isms("mandatoryDocuments: error");
        assertThat(isms.diagnostics()).filteredOn(d -> d.code() == Code.MANDATORY_MISSING)
                .hasSize(16).allMatch(Diagnostic::isError);
        assertThat(isms.diagnostics()).noneMatch(d -> d.code() == Code.KEY_UNKNOWN);
    }

    @Test
    void aWrongMandatoryDocumentsValueIsReported() {
        SmallIsms isms = isms().file("isms.yaml", "organization: {name: T}\nmandatoryDocuments: fatal\n");
        assertThat(isms.diagnostics()).extracting(Diagnostic::format)
                .contains("src/isms/isms.yaml:2:21: KEY_TYPE mandatoryDocuments must be 'warning' (the default), 'error' or 'off', not 'fatal'");
    }

    private static String typed(String id, String type, String... frontMatter) {
        return TestDocument.of(id).title("Document " + id).type(type).version("1.0").lines(frontMatter).body("# " + id).text();
    }

    private static final String RATED_AND_TREATED = """
            risks:
              - {id: R-1, title: Ransomware, owner: CISO, likelihood: 4, impact: 5, treatment: modify}
            """;

    @Test
    void withoutRisksYamlTheRiskItemsAreNotProvidedByAPolicyThatOnlyNamesTheirClauses() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").document("POL-001", "clauses: [\"8.2\", \"8.3\", \"6.2\"]");

        MandatoryCoverage coverage = coverageOf(isms);
        assertThat(item(coverage, "Risk assessment and treatment report").satisfied()).isFalse();
        assertThat(item(coverage, "Risk treatment plan").satisfied()).isFalse();
        assertThat(item(coverage, "Information security objectives").documents()).extracting(d -> d.id()).containsExactly("POL-001");
        assertThat(isms.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).isEqualTo(
                "iso27001:2022 requires the document 'Risk assessment and treatment report' (8.2, 8.3); it needs risks.yaml "
                        + "with every risk rated and treated, or an approved document of type register naming one of them "
                        + "under clauses: or controls:"));
    }

    @Test
    void aRegisterDocumentNamingTheRiskClausesProvidesTheRiskItems() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022").file("documents/REG-002.md", typed("REG-002", "register", "clauses: [\"8.2\"]"));

        assertThat(item(coverageOf(isms), "Risk assessment and treatment report").documents()).extracting(d -> d.id())
                .containsExactly("REG-002");
    }

    @Test
    void risksYamlProvidesTheRiskItemsOnlyWhenEveryRiskIsRatedAndTreated() {
        SmallIsms treated = SmallIsms.in(dir.resolve("treated"), "iso27001:2022").file("risks.yaml", RATED_AND_TREATED);
        assertThat(item(coverageOf(treated), "Risk treatment plan").satisfied()).isTrue();
        assertThat(item(coverageOf(treated), "Risk assessment and treatment report").producedByPlugin()).isTrue();

        SmallIsms undecided = SmallIsms.in(dir.resolve("undecided"), "iso27001:2022")
                .file("risks.yaml", RATED_AND_TREATED + "  - {id: R-2, title: Outage, owner: CISO, likelihood: 2, impact: 4}\n");
        assertThat(item(coverageOf(undecided), "Risk treatment plan").satisfied()).isFalse();

        SmallIsms empty = SmallIsms.in(dir.resolve("empty"), "iso27001:2022").file("risks.yaml", "risks: []\n");
        assertThat(item(coverageOf(empty), "Risk treatment plan").satisfied()).isFalse();
    }

    @Test
    void anExternalDocumentWithoutSourceAndIssuerIsReportedAndProvidesNothing() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022")
                .file("documents/EXT-001.md", typed("EXT-001", "external", "controls: [A.5.31]", "source: https://example.com/law"))
                .file("documents/EXT-002.md", typed("EXT-002", "external", "controls: [A.5.31]", "source: https://example.com/contract",
                        "issuer: Example Customer Ltd"));

        assertThat(isms.diagnostics()).filteredOn(d -> d.code() == Code.EXTERNAL_SOURCE_MISSING).extracting(Diagnostic::format)
                .containsExactly("src/isms/documents/EXT-001.md:4:7: EXTERNAL_SOURCE_MISSING external document EXT-001 needs "
                        + "source: (where it comes from) and issuer: (who issued it); without them it provides no mandatory "
                        + "documented information");
        assertThat(item(coverageOf(isms), "Statutory, regulatory and contractual requirements").documents())
                .extracting(d -> d.id()).containsExactly("EXT-002");
    }

    /** Coverage as the engine works it out: with risks.yaml as read (no history here, so every document counts). */
    private static MandatoryCoverage coverageOf(SmallIsms isms) {
        Diagnostics diagnostics = new Diagnostics();
        var project = isms.project();
        CatalogModel model = CatalogModel.load(project, diagnostics);
        return MandatoryCoverage.of(project, model.catalogs(), model.soaFile(), RiskReader.read(project, diagnostics),
                d -> Standing.IN_FORCE);
    }
}
