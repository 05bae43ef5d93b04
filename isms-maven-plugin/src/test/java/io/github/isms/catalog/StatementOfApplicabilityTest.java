package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.model.Document;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementOfApplicabilityTest {

    @TempDir
    Path dir;

    private StatementOfApplicability soa;

    @BeforeEach
    void smallIsms() {
        soa = SmallIsms.in(dir, "iso27001:2022")
                .document("POL-001", "controls: [A.5.1, A.5.15]")
                .document("POL-002", "controls: [A.5.15, A.8.5]")
                .document("POL-OLD", "controls: [A.5.2]", "status: retired")
                .file("soa.yaml", """
                        controls:
                          A.5.1: {status: implemented}
                          A.5.15: {status: partial, notes: "MFA rollout, Q3"}
                          A.7.4:
                            applicable: false
                            justification: "No premises of our own; the data centre's monitoring is assured by contract"
                          A.8.5: {status: implemented, justification: '=SUM(A1:A9) customer contracts demand it'}
                        """)
                .model().soa();
    }

    @Test
    void everyControlOfTheFrameworkIsARowInCatalogOrder() {
        assertThat(soa.rows()).hasSize(93);
        assertThat(soa.rows()).extracting(r -> r.control().id()).startsWith("A.5.1", "A.5.2", "A.5.3").endsWith("A.8.34");
    }

    @Test
    void exclusionsCarryTheirJustificationAndAreNotGaps() {
        assertThat(soa.excluded()).singleElement().satisfies(row -> {
            assertThat(row.control().id()).isEqualTo("A.7.4");
            assertThat(row.justification()).startsWith("No premises of our own");
            assertThat(row.gap()).isFalse();
            assertThat(row.applicability()).isEqualTo("excluded");
        });
    }

    @Test
    void implementingDocumentsComeFromTheirControlsAndRetiredDocumentsDoNotCount() {
        assertThat(ids(soa.row("A.5.15").orElseThrow().implementedBy())).containsExactly("POL-001", "POL-002");
        assertThat(ids(soa.row("A.8.5").orElseThrow().implementedBy())).containsExactly("POL-002");
        assertThat(soa.row("A.5.2").orElseThrow().implementedBy()).isEmpty();
        assertThat(soa.row("A.5.15").orElseThrow().statusLabel()).isEqualTo("partial");
        assertThat(soa.row("A.5.3").orElseThrow().statusLabel()).isEqualTo("not stated");
    }

    @Test
    void applicableControlsNoDocumentImplementsAreGaps() {
        assertThat(soa.gaps()).hasSize(93 - 1 - 3);
        assertThat(soa.gaps()).extracting(r -> r.control().id()).doesNotContain("A.5.1", "A.5.15", "A.8.5", "A.7.4").contains("A.5.2");
    }

    @Test
    void theCsvParsesBackToTheSameRows() throws IOException {
        StringWriter out = new StringWriter();
        SoaCsv.write(soa, out);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(93);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(SoaCsv.HEADER);
        CSVRecord a515 = records.stream().filter(r -> r.get("control").equals("A.5.15")).findFirst().orElseThrow();
        assertThat(a515.get("catalog")).isEqualTo("iso27001:2022");
        assertThat(a515.get("title")).isEqualTo("Access control");
        assertThat(a515.get("applicable")).isEqualTo("yes");
        assertThat(a515.get("status")).isEqualTo("partial");
        assertThat(a515.get("implemented by")).isEqualTo("POL-001 POL-002");
        assertThat(a515.get("notes")).isEqualTo("MFA rollout, Q3");
        assertThat(a515.get("gap")).isEqualTo("no");
        CSVRecord a74 = records.stream().filter(r -> r.get("control").equals("A.7.4")).findFirst().orElseThrow();
        assertThat(a74.get("applicable")).isEqualTo("no");
        assertThat(a74.get("justification")).isEqualTo("No premises of our own; the data centre's monitoring is assured by contract");
        assertThat(records.stream().filter(r -> r.get("gap").equals("yes"))).hasSize(89);
        CSVRecord a85 = records.stream().filter(r -> r.get("control").equals("A.8.5")).findFirst().orElseThrow();
        assertThat(a85.get("justification")).as("a formula stays text in a spreadsheet")
                .isEqualTo("'=SUM(A1:A9) customer contracts demand it");
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(Document::id).toList();
    }
}
