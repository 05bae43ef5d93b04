package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSiteTest {

    @TempDir
    Path dir;

    private SmallIsms isms2022() {
        return SmallIsms.in(dir, "iso27001:2022", "catalogs: [catalogs/internal.yaml]",
                        "classifications: [public, internal, confidential]", "site: {publish: internal}")
                .file("catalogs/internal.yaml", """
                        catalog: internal
                        title: Internal control set
                        groups:
                          IC:
                            title: Internal controls
                            controls:
                              IC-1: Laptops are encrypted <always>
                        """)
                .document("POL-001", "controls: [A.5.1, A.5.15, IC-1]", "clauses: [\"5.2\", \"7.5.3\"]")
                .document("REC-009", "controls: [A.5.15]", "clauses: [\"9.2\"]", "classification: confidential")
                .file("soa.yaml", """
                        controls:
                          A.5.1: {status: implemented}
                          A.5.15: {status: partial, notes: MFA rollout}
                          A.7.4: {applicable: false, justification: No premises of our own}
                        """);
    }

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void theSoaPageListsEveryControlWithItsDecisionAndDocumentsAndTheGaps() throws IOException {
        Path site = isms2022().site();
        Document soa = html(site.resolve("soa.html"));
        assertThat(soa.select("table.soa tbody tr[id]")).hasSize(94);
        Element a515 = soa.getElementById("A.5.15");
        assertThat(a515.select("th a").attr("href")).isEqualTo("controls/A.5.15.html");
        assertThat(a515.text()).contains("Access control", "partial", "MFA rollout", "POL-001", "REC-009");
        // The confidential record is named, but neither linked nor titled.
        assertThat(a515.select("a").eachText()).containsExactly("A.5.15", "POL-001");
        assertThat(soa.getElementById("A.7.4").text()).contains("no", "No premises of our own");
        assertThat(soa.getElementById("A.5.2").hasClass("gap")).isTrue();
        assertThat(soa.select("#gaps li")).hasSize(90);
        assertThat(soa.select("h2").eachText()).contains("ISO/IEC 27001:2022 Annex A", "Internal control set");
    }

    @Test
    void theSoaCsvIsWrittenNextToThePage() throws IOException {
        Path site = isms2022().site();
        try (Reader in = Files.newBufferedReader(site.resolve("soa.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            assertThat(rows).hasSize(94);
            assertThat(rows.get(93).get("control")).isEqualTo("IC-1");
            assertThat(rows.get(93).get("title")).isEqualTo("Laptops are encrypted <always>");
            assertThat(rows.get(93).get("implemented by")).isEqualTo("POL-001");
        }
    }

    @Test
    void aControlPageShowsApplicabilityJustificationStatusAndImplementingDocuments() throws IOException {
        Path site = isms2022().site();
        Document page = html(site.resolve("controls/A.5.15.html"));
        assertThat(page.select("h1").text()).isEqualTo("Access control");
        assertThat(page.select(".control-facts").text()).contains("Applicable", "partial", "MFA rollout");
        assertThat(page.select("#implemented-by + ul a").attr("href")).isEqualTo("../docs/POL-001/index.html");
        assertThat(page.select("#implemented-by + ul").text()).contains("REC-009 (not published on this site)");
        Document excluded = html(site.resolve("controls/A.7.4.html"));
        assertThat(excluded.select(".control-facts").text()).contains("Excluded", "No premises of our own");
        Document mandatory = html(site.resolve("controls/A.5.9.html"));
        assertThat(mandatory.select("#mandatory + ul").text()).isEqualTo("Inventory of assets");
    }

    @Test
    void anOwnCatalogsControlsGetPagesAndTheirTitlesAreEscaped() throws IOException {
        Path site = isms2022().site();
        String raw = Files.readString(site.resolve("controls/IC-1.html"));
        assertThat(raw).contains("Laptops are encrypted &lt;always&gt;").doesNotContain("<always>");
        assertThat(html(site.resolve("controls/IC-1.html")).select(".document-kicker").text())
                .contains("Internal control set", "IC Internal controls");
    }

    @Test
    void clausePagesShowTheDocumentsThatAddressThemAndTheMandatoryItems() throws IOException {
        Path site = isms2022().site();
        Document clause = html(site.resolve("clauses/7.5.3.html"));
        assertThat(clause.select("h1").text()).isEqualTo("Control of documented information");
        assertThat(clause.select("#addressed-by + ul a").eachText()).containsExactly("POL-001");
        Document parent = html(site.resolve("clauses/9.2.html"));
        assertThat(parent.select("#subclauses + ul").text()).contains("9.2.1 General", "9.2.2 Internal audit programme");
        Document index = html(site.resolve("clauses/index.html"));
        assertThat(index.select("#mandatory tr.provided th").eachText()).contains("Statement of Applicability",
                "Information security policy", "Internal audit programme");
        assertThat(index.select("#mandatory tr.missing th").eachText()).contains("Inventory of assets");
        assertThat(index.select("#clauses tbody tr")).hasSize(41);
    }

    @Test
    void theDashboardCountsMandatoryItemsAndListsControlGaps() throws IOException {
        Path site = isms2022().site();
        Document dashboard = html(site.resolve("index.html"));
        assertThat(dashboard.select("#panel-mandatory h2").text()).isEqualTo("Mandatory documented information: 4 of 22 provided");
        assertThat(dashboard.select("#panel-mandatory li")).hasSize(18);
        assertThat(dashboard.select("#panel-gaps h2").text()).isEqualTo("Control gaps: 90 of 93 applicable controls without a document");
        assertThat(dashboard.select("#panel-gaps li")).hasSize(11);
        assertThat(dashboard.select("#panel-gaps li a").last().attr("href")).isEqualTo("soa.html#gaps");
        assertThat(dashboard.select("nav.site-nav a").eachText()).contains("SoA", "Clauses").doesNotContain("Transition");
    }

    @Test
    void anIsmsOn2013GetsATransitionPageWithTheNewControlsNothingCovers(@TempDir Path other) throws IOException {
        Path site = SmallIsms.in(other, "iso27001:2013")
                .document("POL-002", "controls: [A.9.1.1, A.8.16]")
                .file("soa.yaml", "controls:\n  A.9.1.1: {status: implemented}\n")
                .site();
        Document page = html(site.resolve("transition.html"));
        assertThat(page.select("#new li")).hasSize(10);
        assertThat(page.select("#new li").text()).doesNotContain("A.8.16").contains("A.5.7 Threat intelligence");
        Element a515 = page.getElementById("A.5.15");
        assertThat(a515.text()).contains("A.9.1.1", "A.9.1.2", "A.9.1.1 implemented", "POL-002");
        assertThat(a515.select("a[href=controls/A.9.1.1.html]")).hasSize(1);
        assertThat(page.select("#mapping tbody tr")).hasSize(93);
        assertThat(Files.exists(site.resolve("controls/A.9.1.1.html"))).isTrue();
        assertThat(html(site.resolve("index.html")).select("nav.site-nav a").eachText()).contains("Transition");
    }
}
