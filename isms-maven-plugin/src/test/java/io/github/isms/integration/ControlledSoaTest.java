package io.github.isms.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.ControlledIsms;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.pdf.Poppler;
import io.github.isms.testing.BrokenLinks;
import io.github.isms.testing.TestDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Statement of Applicability is a controlled document: soa.yaml's own git history gives it a
 * version, an approval state and a revision history with redlines, by the rules documents follow,
 * on soa.html and soa.pdf alike.
 */
class ControlledSoaTest {

    static final String CEO = "Approved-by: Bob Ceo <bob@example.com>";
    static final String DAVE = "Approved-by: Dave Dev <dave@example.com>";
    static final String SOA = "src/isms/soa.yaml";

    @TempDir
    Path tmp;

    static String soa(String version, String a51) {
        return "version: " + version + "\nowner: CISO\ncontrols:\n  A.5.1: " + a51 + "\n  A.5.2: {status: planned}\n"
                + "  A.7.4: {applicable: false, justification: No server rooms.}\n";
    }

    private ControlledIsms approvedThenDraft() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        isms.mergeFile("s1", SOA, soa("1.0", "{status: planned}"), "First SoA", CEO);
        isms.mergeFile("s2", SOA, soa("1.1", "{status: implemented, justification: Required by contracts.}"),
                "A.5.1 implemented", DAVE);
        return isms;
    }

    private CheckResult build(ControlledIsms isms, Path site, boolean pdf) {
        return new IsmsEngine().site(BuildRequest.defaults(isms.git().dir()).withSite(new SiteOptions(site, pdf)));
    }

    @Test
    void anApprovedVersionThenAnUnapprovedOneMakeADraftSoaWithBothRevisionsAndARedline() throws Exception {
        ControlledIsms isms = approvedThenDraft();
        Path site = tmp.resolve("site");

        CheckResult result = build(isms, site, true);

        assertThat(result.errors()).isEmpty();
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == Code.DOCUMENT_DRAFT && d.position().path().endsWith("soa.yaml")
                && d.position().line() == 1 && d.message().contains("Statement of Applicability"));
        var page = Jsoup.parse(site.resolve("soa.html").toFile());
        assertThat(page.select(".banner-draft").text()).contains("Draft");
        String control = page.select("section.document-control").text();
        assertThat(control).contains("Version 1.1", "draft", "Owner CISO", "Approvers CEO");
        List<String> rows = page.select("section.revisions tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("1.1", "not approved", "A.5.1 implemented");
        assertThat(rows.get(1)).contains("1.0", "Bob Ceo", "First SoA");
        Element redlineLink = page.selectFirst("section.revisions tbody tr a");
        assertThat(redlineLink.attr("href")).isEqualTo("soa/v1.1/redline.html");
        var redline = Jsoup.parse(site.resolve("soa/v1.1/redline.html").toFile());
        assertThat(redline.select("pre.redline ins").text()).contains("implemented", "Required");
        assertThat(redline.select("pre.redline del").text()).contains("planned");

        assertThat(BrokenLinks.in(site)).isEmpty();

        byte[] pdf = Files.readAllBytes(site.resolve("soa.pdf"));
        String cover = Poppler.text(tmp, pdf, 1);
        assertThat(cover.replaceAll("\\s", "")).contains("DRAFT");
        assertThat(cover).contains("1.1", "CISO", "CEO").doesNotContain("iso27001:2022", "generated");
        assertThat(Poppler.text(tmp, pdf, 2)).contains("Revision history", "First SoA", "Bob Ceo", "A.5.1 implemented");
        String body = Poppler.text(tmp, pdf, 3).replaceAll("\\s+", " ");
        assertThat(body).contains("93 controls", "92 applicable", "1 excluded",
                "92 applicable without an implementing document in force", "GAP");
    }

    @Test
    void anApprovedSoaNamesItsApprovalAndCarriesNoDraftMark() throws Exception {
        ControlledIsms isms = approvedThenDraft();
        isms.mergeFile("s3", SOA, soa("1.2", "{status: implemented, justification: Required by contracts.}"),
                "Approve the SoA", CEO);
        Path site = tmp.resolve("site");

        CheckResult result = build(isms, site, true);

        assertThat(result.errors()).isEmpty();
        var page = Jsoup.parse(site.resolve("soa.html").toFile());
        assertThat(page.select(".banner-draft")).isEmpty();
        assertThat(page.select("section.document-control").text()).contains("Version 1.2", "approved",
                "Approved January 1, 2026", "Approved by Bob Ceo");
        assertThat(page.select("section.document-control a").attr("href")).isEqualTo("soa/v1.2/redline.html");
        String cover = Poppler.text(tmp, Files.readAllBytes(site.resolve("soa.pdf")), 1);
        assertThat(cover.replaceAll("\\s", "")).doesNotContain("DRAFT");
        assertThat(cover).contains("APPROVED", "1.2", "Approval date", "January 1, 2026");
    }

    @Test
    void aContentChangeWithoutAVersionChangeIsReportedAtSoaYamlsVersion() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        isms.mergeFile("s1", SOA, soa("1.0", "{status: planned}"), "First SoA", CEO);
        isms.mergeFile("s2", SOA, soa("1.0", "{status: implemented}"), "Quietly changed", CEO);

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(isms.git().dir()));

        assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.VERSION_NOT_CHANGED)
                .singleElement().satisfies(d -> {
                    assertThat(d.position().path()).isEqualTo("src/isms/soa.yaml");
                    assertThat(d.position().line()).isEqualTo(1);
                    assertThat(d.message()).contains("SoA", "version stayed 1.0");
                });
    }

    @Test
    void aVersionThatGoesDownIsReportedForTheSoaAsForADocument() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        isms.mergeFile("s1", SOA, soa("1.1", "{status: planned}"), "First SoA", CEO);
        isms.mergeFile("s2", SOA, soa("1.0", "{status: implemented}"), "Back down", CEO);

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(isms.git().dir()));

        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(Code.VERSION_DECREASED);
    }

    @Test
    void aReleaseBuildRefusesADraftSoa() {
        ControlledIsms isms = approvedThenDraft();

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(isms.git().dir())
                .withHistory(new HistoryOptions(true, false, Optional.empty())));

        assertThat(result.errors()).anyMatch(d -> d.code() == Code.DOCUMENT_DRAFT && d.position().path().endsWith("soa.yaml"));
    }

    @Test
    void aDraftImplementingAControlIsMarkedAndDoesNotCloseTheGap() throws Exception {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        isms.mergeFile("s1", SOA, soa("1.0", "{status: planned}"), "First SoA", CEO);
        isms.mergeRequest("d1", "policies/new.md", TestDocument.of("POL-004").version("1.0").field("controls", "[A.5.1]").body("New."),
                "Policies", DAVE);
        isms.mergeRequest("d2", "policies/sec.md", TestDocument.of("POL-005").version("1.0").field("controls", "[A.5.2]").body("Sec."),
                "Security", CEO);
        isms.mergeRequest("d3", "policies/gone.md", TestDocument.of("POL-006").version("1.0").status("retired").field("controls", "[A.5.3]").body("Gone."), "Withdrawn", CEO);
        Path site = tmp.resolve("site");

        assertThat(build(isms, site, false).errors()).isEmpty();

        var page = Jsoup.parse(site.resolve("soa.html").toFile());
        Element a51 = page.getElementById("A.5.1");
        assertThat(a51.hasClass("gap")).isTrue();
        assertThat(a51.select(".badge-draft").text()).isEqualTo("draft");
        assertThat(a51.text()).contains("POL-004");
        Element a52 = page.getElementById("A.5.2");
        assertThat(a52.hasClass("gap")).isFalse();
        Element a53 = page.getElementById("A.5.3");
        assertThat(a53.hasClass("gap")).isTrue();
        assertThat(a53.select(".badge-retired").text()).isEqualTo("retired");
        assertThat(page.select("#gaps li").eachText()).anyMatch(t -> t.startsWith("A.5.1"))
                .anyMatch(t -> t.startsWith("A.5.3")).noneMatch(t -> t.startsWith("A.5.2 "));
        var dashboard = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(dashboard.text()).contains("A.5.1 Policies for information security");
    }
}
