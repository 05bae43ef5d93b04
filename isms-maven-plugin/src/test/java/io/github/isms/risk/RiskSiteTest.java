package io.github.isms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.BrokenLinks;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
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
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a security team and an auditor find in the built site when the ISMS has a risks.yaml. */
class RiskSiteTest {

    /** Four risks on the default five-by-five scale, appetite 9; written out of score order on purpose. */
    static final String REGISTER = """
            risks:
              - id: R-003
                title: Cloud region outage
                owner: CISO
                likelihood: 2
                impact: 4
                treatment: retain
                controls: [A.5.30]
                residual: {likelihood: 2, impact: 4}
                acceptance: {by: CEO, date: 2026-02-20}
              - id: R-001
                title: Ransomware encrypts <the> file shares
                owner: CISO
                assets: [file shares, backups]
                likelihood: Likely
                impact: Severe
                treatment: modify
                controls: [A.8.7, A.8.13]
                plan: Immutable backups & EDR
                due: 2026-06-30
                status: in-progress
                residual: {likelihood: 2, impact: 4}
                reviewed: 2026-02-10
              - id: R-002
                title: Leaver keeps access
                owner: CEO
                likelihood: 3
                impact: 4
                treatment: modify
                controls: [A.5.18, A.8.13]
                plan: Leaver checklist
                due: 2026-04-30
                status: done
                residual: {likelihood: 1, impact: 4}
              - id: R-004
                title: Vulnerable library shipped
                owner: CISO
                likelihood: 4
                impact: 3
            """;

    @TempDir
    Path dir;

    private Path site(TestIsms isms) {
        Path site = isms.root().resolve("target/isms/site");
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(isms.root()).withSite(new SiteOptions(site, false)));
        assertThat(result.errors()).isEmpty();
        return site;
    }

    private Path siteWithRegister() {
        return site(TestIsms.in(dir).document("policy.md", TestDocument.of("POL-001").field("controls", "[A.8.13]"))
                .file("src/isms/risks.yaml", REGISTER));
    }

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void theRegisterListsEveryRiskHighestInherentScoreFirstWithItsTreatmentAndResidualLevel() throws IOException {
        Document risks = html(siteWithRegister().resolve("risks.html"));

        Elements rows = risks.select("table.risks tbody tr");
        assertThat(rows.eachAttr("id")).containsExactly("R-001", "R-002", "R-004", "R-003");
        Element r001 = risks.getElementById("R-001");
        assertThat(r001.select("td").eachText()).containsExactly("Ransomware encrypts <the> file shares", "file shares, backups", "CISO",
                "20 (Likely × Severe) above appetite", "modify (mitigate)", "A.8.7, A.8.13", "8 (Unlikely × Major)", "February 10, 2026");
        assertThat(r001.select("a").eachAttr("href")).containsExactly("controls/A.8.7.html", "controls/A.8.13.html");
        assertThat(risks.getElementById("R-003").text()).contains("retain (accept)", "CEO, February 20, 2026");
        assertThat(risks.getElementById("R-004").text()).contains("12 (Likely × Moderate)", "none yet", "not assessed");
        // Autoescaped: the title's angle brackets are text, not markup.
        assertThat(risks.select("table.risks the")).isEmpty();
    }

    @Test
    void theHeatMapsCountRisksByLikelihoodAndImpactInAnAccessibleTable() throws IOException {
        Document risks = html(siteWithRegister().resolve("risks.html"));

        Element inherent = risks.getElementById("heat-inherent");
        assertThat(inherent.selectFirst("caption").text()).startsWith("Inherent risk (before treatment)");
        assertThat(inherent.select("thead tr").last().select("th[scope=col]").eachText())
                .containsExactly("Impact", "1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain");
        assertThat(inherent.select("tbody th[scope=row]").eachText())
                .containsExactly("5 Severe", "4 Major", "3 Moderate", "2 Minor", "1 Negligible");
        // Row "5 Severe", column "4 Likely": R-001, scored 20, above the appetite of 9.
        Element severeLikely = inherent.select("tbody tr").get(0).select("td").get(3);
        assertThat(severeLikely.text()).isEqualTo("1 above appetite R-001");
        assertThat(severeLikely.hasClass("heat-above")).isTrue();
        Element majorUnlikely = inherent.select("tbody tr").get(1).select("td").get(1);
        assertThat(majorUnlikely.text()).isEqualTo("1 R-003");
        assertThat(majorUnlikely.hasClass("heat-within")).isTrue();
        assertThat(inherent.select("td .heat-count").eachText().stream().mapToInt(Integer::parseInt).sum()).isEqualTo(4);

        Element residual = risks.getElementById("heat-residual");
        assertThat(residual.selectFirst("caption").text()).endsWith("(1 not assessed)");
        assertThat(residual.select("tbody tr").get(1).select("td").get(1).text()).isEqualTo("2 R-001, R-003");
        // The heat maps are tables, drawn without script (the only script is the header's menu button, outside main).
        assertThat(risks.select("main script")).isEmpty();
    }

    @Test
    void theTreatmentPlanListsTreatedRisksByDueDateAndTheUntreatedSeparately() throws IOException {
        Document risks = html(siteWithRegister().resolve("risks.html"));

        Elements plan = risks.select("table.treatment-plan tbody tr");
        assertThat(plan.eachText()).containsExactly(
                "R-002 Leaver keeps access modify (mitigate) Leaver checklist A.5.18, A.8.13 CEO April 30, 2026 done",
                "R-001 Ransomware encrypts <the> file shares modify (mitigate) Immutable backups & EDR A.8.7, A.8.13 CISO June 30, 2026 in progress",
                "R-003 Cloud region outage retain (accept) A.5.30 CISO");
        assertThat(risks.select("#treatment-plan li").eachText()).containsExactly("R-004 Vulnerable library shipped inherent 12 (Likely × Moderate), owner CISO");
    }

    @Test
    void eachControlPageListsTheRisksItTreatsLinkedToTheRegister() throws IOException {
        Path site = siteWithRegister();

        Elements a813 = html(site.resolve("controls/A.8.13.html")).select("section[aria-labelledby=risks] li");
        assertThat(a813.eachText()).containsExactly("R-001 Ransomware encrypts <the> file shares inherent 20, modify (mitigate)",
                "R-002 Leaver keeps access inherent 12, modify (mitigate)");
        assertThat(a813.select("a").eachAttr("href")).containsExactly("../risks.html#R-001", "../risks.html#R-002");
        assertThat(html(site.resolve("controls/A.5.1.html")).select("section[aria-labelledby=risks]").text())
                .contains("No risk in the risk register names this control");
    }

    @Test
    void theHeaderLinksTheRisksPageAndTheDashboardShowsRisksAboveAppetiteOrWithoutTreatment() throws IOException {
        Path site = siteWithRegister();

        assertThat(html(site.resolve("index.html")).select("nav.site-nav a").eachText()).contains("Risks");
        Element panel = html(site.resolve("index.html")).getElementById("panel-risks");
        assertThat(panel.selectFirst("h2").text()).isEqualTo("Risks: 1 of 4 above appetite, 1 without treatment");
        // R-001 scores 20 before treatment, but its residual 8 is within the appetite of 9: the current level counts.
        assertThat(panel.select("li").eachText()).containsExactly(
                "R-004 Vulnerable library shipped inherent 12 (Likely × Moderate), no treatment decided");
    }

    @Test
    void risksCsvHoldsTheRegisterAndPlanForAuditorsSpreadsheets() throws IOException {
        Path site = siteWithRegister();
        try (Reader in = Files.newBufferedReader(site.resolve("risks.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            assertThat(rows).extracting(r -> r.get("id")).containsExactly("R-001", "R-002", "R-004", "R-003");
            CSVRecord r001 = rows.get(0);
            assertThat(List.of(r001.get("likelihood"), r001.get("impact"), r001.get("inherent score"), r001.get("treatment"),
                    r001.get("controls"), r001.get("due"), r001.get("status"), r001.get("residual score"), r001.get("above appetite")))
                    .containsExactly("Likely", "Severe", "20", "modify", "A.8.7 A.8.13", "2026-06-30", "in-progress", "8", "no");
            assertThat(rows.get(3).get("accepted by")).isEqualTo("CEO");
            assertThat(rows.get(3).get("accepted on")).isEqualTo("2026-02-20");
        }
    }

    @Test
    void aRegisterWithARiskNoTreatmentIsDecidedForProvidesNeitherThePlanNorTheReport() throws IOException {
        Elements missing = html(siteWithRegister().resolve("clauses/index.html")).select("#mandatory tr.missing");

        assertThat(missing.select("th").eachText()).contains("Risk treatment plan", "Risk assessment and treatment report");
    }

    @Test
    void theRegisterProvidesTheMandatoryRiskTreatmentPlanAndRiskAssessmentReportOnceEveryRiskIsRatedAndTreated()
            throws IOException {
        String treated = REGISTER + "    treatment: modify\n";
        Path site = site(TestIsms.in(dir).document("policy.md", TestDocument.of("POL-001").field("controls", "[A.8.13]"))
                .file("src/isms/risks.yaml", treated));
        Elements provided = html(site.resolve("clauses/index.html")).select("#mandatory tr.provided");

        assertThat(provided.select("th").eachText()).contains("Risk treatment plan", "Risk assessment and treatment report");
        Element plan = provided.stream().filter(tr -> tr.selectFirst("th").text().equals("Risk treatment plan")).findFirst().orElseThrow();
        assertThat(plan.select("a[href=../risks.html]").text()).isEqualTo("built from risks.yaml");
    }

    @Test
    void everyLinkToTheRiskPagesLeadsToAFileAndEveryRiskAnchorToARisk() throws IOException {
        Path site = siteWithRegister();

        assertThat(BrokenLinks.in(site)).isEmpty();
        Document risks = html(site.resolve("risks.html"));
        for (String page : List.of("index.html", "controls/A.8.13.html", "risks.html")) {
            for (Element link : html(site.resolve(page)).select("a[href*=#R-]")) {
                String anchor = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
                assertThat(risks.getElementById(anchor)).as(page + " links " + link.attr("href")).isNotNull();
            }
        }
    }

    @Test
    void withoutRisksYamlThereIsNoRisksPageNoHeaderLinkAndControlPagesSaySo() throws IOException {
        Path site = site(TestIsms.in(dir).document("policy.md", TestDocument.of("POL-001").field("controls", "[A.8.13]")));

        assertThat(site.resolve("risks.html")).doesNotExist();
        assertThat(site.resolve("risks.csv")).doesNotExist();
        assertThat(html(site.resolve("index.html")).select("nav.site-nav a").eachText()).doesNotContain("Risks");
        assertThat(html(site.resolve("index.html")).getElementById("panel-risks")).isNull();
        assertThat(html(site.resolve("controls/A.8.13.html")).select("section[aria-labelledby=risks]").text())
                .contains("No risk register (risks.yaml)");
    }
}
