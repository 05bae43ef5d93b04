package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
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
}
