package io.github.isms.history;

import io.github.isms.testing.ControlledIsms;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.pdf.Poppler;
import io.github.isms.testing.TestDocument;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each document stands, as the site, its PDFs and the register say it: the version in force,
 * the version pending approval, retired documents, reviews recorded without a change of content,
 * and mandatory documented information provided only by approved documents. One repository with a
 * scripted history of merge requests, built once with its PDFs.
 */
class DocumentStandingTest {

    static final String CEO = "Approved-by: Bob Ceo <bob@example.com>";

    @TempDir
    static Path tmp;

    static Path site;

    static CheckResult check;

    /**
     * On top of {@link ControlledIsms} (POL-003 approved, then retired with approval): POL-005 approved
     * as 1.0, then 1.1 merged without approval; POL-006 approved, then reviewed without a change of
     * content; POL-007, the ISMS scope, only ever a draft; POL-008 an approved policy that names the
     * risk assessment clauses while there is no risks.yaml.
     */
    @BeforeAll
    static void buildFromAScriptedHistory() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        isms.mergeRequest("a1", "policies/crypto.md", TestDocument.of("POL-005").version("1.0").body("Encrypt at rest."),
                "Cryptography policy", CEO);
        isms.mergeRequest("a2", "policies/crypto.md", TestDocument.of("POL-005").version("1.1").body("Encrypt at rest and in transit."),
                "Cryptography: transit", "Approved-by: Dave Dev <dave@example.com>");
        isms.mergeRequest("c1", "policies/clean.md", TestDocument.of("POL-006").version("1.0").body("Clear desks."),
                "Clear desk policy", CEO);
        isms.mergeRequest("c2", "policies/clean.md", TestDocument.of("POL-006").version("1.0").field("reviewed", "2026-03-01").body("Clear desks."),
                "Clear desk policy reviewed, no change", CEO);
        isms.mergeRequest("s1", "policies/scope.md", TestDocument.of("POL-007").version("0.1").field("clauses", "[\"4.3\"]").body("The scope."),
                "Scope, first draft", "");
        isms.mergeRequest("k1", "policies/risk.md", TestDocument.of("POL-008").version("1.0").field("clauses", "[\"8.2\", \"8.3\"]").body("We assess risks."), "Risk policy", CEO);
        site = ControlledIsms.site(isms.git(), tmp.resolve("site"), true, ControlledIsms.AT_TODAY);
        check = new IsmsEngine().check(BuildRequest.defaults(isms.git().dir()).withHistory(ControlledIsms.AT_TODAY));
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    private static Map<String, CSVRecord> register() throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve("register.csv"), StandardCharsets.UTF_8)) {
            Map<String, CSVRecord> rows = new TreeMap<>();
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .forEach(r -> rows.put(r.get("id"), r));
            return rows;
        }
    }

    private static String pdfText(String path, int page) throws Exception {
        return Poppler.text(tmp, Files.readAllBytes(site.resolve(path)), page);
    }

    private static int pages(String path) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(site.resolve(path)))) {
            return document.getNumberOfPages();
        }
    }

    /** A row of the document-control block: the cells after its {@code th}. */
    private static String controlCell(String page, String label) throws IOException {
        Element th = Jsoup.parse(read(page)).select("section.document-control th").stream()
                .filter(e -> e.text().equals(label)).findFirst().orElseThrow();
        return th.nextElementSibling().text();
    }

    // The version in force: a newer draft does not supersede an approved version.

    @Test
    void theApprovedVersionUnderANewerDraftIsInForceNotSuperseded() throws IOException {
        String page = read("docs/POL-005/v1.0/index.html");

        assertThat(page).contains("<strong>In force.</strong> Version 1.0 is the approved version in force;")
                .contains(">version 1.1</a> is a draft pending approval.").contains("Encrypt at rest.")
                .doesNotContain("Superseded").doesNotContain("superseded");
    }

    @Test
    void theDraftsPageSaysWhichVersionIsInForceAndNeverShowsItsApprovalAsTheDrafts() throws IOException {
        String page = read("docs/POL-005/index.html");

        assertThat(page).contains("<strong>Draft.</strong>").contains("The version in force is <a href=\"../../docs/POL-005/v1.0/index.html\">version 1.0</a>.")
                .contains("in force: 1.0 · pending: 1.1");
        assertThat(controlCell("docs/POL-005/index.html", "Version")).isEqualTo("1.1 (in force: 1.0 · pending: 1.1)");
        assertThat(controlCell("docs/POL-005/index.html", "Approved")).isEqualTo("January 1, 2026 (version 1.0)");
        assertThat(controlCell("docs/POL-005/index.html", "Approved by")).isEqualTo("Bob Ceo (version 1.0)");
    }

    @Test
    void theRegisterAndTheDashboardShowTheVersionInForceAndThePendingOne() throws IOException {
        CSVRecord row = register().get("POL-005");
        assertThat(row.get("version")).isEqualTo("1.1");
        assertThat(row.get("in_force")).isEqualTo("1.0");
        assertThat(row.get("pending")).isEqualTo("1.1");
        assertThat(row.get("approved_version")).isEqualTo("1.0");
        assertThat(row.get("state")).isEqualTo("draft");
        CSVRecord approved = register().get("POL-001");
        assertThat(approved.get("in_force")).isEqualTo("1.1");
        assertThat(approved.get("pending")).isEmpty();

        Element htmlRow = Jsoup.parse(read("register.html")).select("table.register tr").stream()
                .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals("POL-005")).findFirst().orElseThrow();
        assertThat(htmlRow.select("td").eachText()).contains("1.0", "1.1", "January 1, 2026 (1.0)");

        assertThat(Jsoup.parse(read("index.html")).select("#panel-pending li").eachText())
                .contains("POL-005 Title of POL-005 in force: 1.0 · pending: 1.1", "POL-007 Title of POL-007 pending: 0.1");
    }

    @Test
    void theDraftsPdfNamesTheVersionEachApprovalBelongsToAndTheInForcePdfIsNoSupersededOne() throws Exception {
        String cover = pdfText("docs/POL-005/POL-005.pdf", 1);
        assertThat(cover).contains("in force: 1.0 · pending: 1.1").contains("January 1, 2026 (version 1.0)");

        String inForce = pdfText("docs/POL-005/v1.0/POL-005-v1.0.pdf", 1);
        assertThat(inForce).contains("IN FORCE").doesNotContain("SUPERSEDED");
    }

    // Retired documents.

    @Test
    void aRetiredDocumentSaysRetiredOnItsPageAndHasNoNextReview() throws IOException {
        assertThat(read("docs/POL-003/index.html")).contains("<strong>RETIRED.</strong>")
                .doesNotContain("2027-01-01").doesNotContain("January 1, 2027");
        assertThat(controlCell("docs/POL-003/index.html", "Next review")).isEqualTo("none (retired)");
        assertThat(register().get("POL-003").get("next_review")).isEmpty();
        assertThat(register().get("POL-003").get("in_force")).isEmpty();
    }

    @Test
    void aRetiredDocumentsPdfSaysRetiredOnItsCoverAndAcrossEveryPage() throws Exception {
        String pdf = "docs/POL-003/POL-003.pdf";
        String cover = pdfText(pdf, 1);
        assertThat(cover).contains("RETIRED").doesNotContain("APPROVED").doesNotContain("2027-01-01").doesNotContain("January 1, 2027");
        for (int page = 2; page <= pages(pdf); page++) {
            assertThat(pdfText(pdf, page).replaceAll("\\s", "")).as("page %d", page).contains("RETIRED");
        }
    }

    @Test
    void aRetiredDocumentIsMarkedInTheSearchIndexWhichLeavesItOutUnlessAskedFor() throws IOException {
        String index = read("search-index.js");
        assertThat(index).containsPattern("\"id\":\"POL-003\"[^}]*\"retired\":true")
                .containsPattern("\"id\":\"POL-001\"[^}]*\"retired\":false");
        assertThat(read("theme/search.js")).contains("if (index[i].retired && !includeRetired)");
        assertThat(read("search.html")).contains("<input id=\"search-retired\" name=\"retired\" type=\"checkbox\" value=\"1\">");
    }

    // Reviews.

    @Test
    void aReviewRecordedWithoutAChangeOfContentKeepsItsVersionWithoutAFinding() {
        assertThat(check.diagnostics()).filteredOn(d -> d.message().contains("POL-006")).isEmpty();
    }

    @Test
    void aReviewRecordedInFrontMatterAndApprovedMovesTheNextReview() throws IOException {
        assertThat(register().get("POL-006").get("next_review")).isEqualTo("2027-03-01");
        assertThat(register().get("POL-001").get("next_review")).isEqualTo("2027-01-01");
    }

    // Mandatory documented information by substance.

    @Test
    void anItemOnlyADraftNamesIsPendingNotProvided() throws IOException {
        Element scope = Jsoup.parse(read("clauses/index.html")).select("#mandatory tr").stream()
                .filter(tr -> tr.selectFirst("th").text().startsWith("Scope of the ISMS")).findFirst().orElseThrow();

        assertThat(scope.className()).isEqualTo("pending");
        assertThat(scope.text()).contains("pending POL-007 (draft)");
    }

    @Test
    void withoutRisksYamlAPolicyNamingTheRiskClausesProvidesNoRiskAssessmentReport() throws IOException {
        Element report = Jsoup.parse(read("clauses/index.html")).select("#mandatory tr").stream()
                .filter(tr -> tr.selectFirst("th").text().startsWith("Risk assessment and treatment report")).findFirst().orElseThrow();

        assertThat(report.className()).isEqualTo("missing");
        assertThat(report.text()).doesNotContain("POL-008");
    }
}
