package io.github.isms.evidence.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence in a built site (reference date 2026-06-01): files are published only up to the site's
 * classification; control pages, soa.html and soa.csv show each control's evidence and its freshness.
 */
class EvidenceFilesTest {

    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void build() {
        TestIsms isms = TestIsms.in(project)
                .file("src/isms/evidence/restore-test.pdf", "%PDF-1.7 restore test")
                .file("src/isms/evidence/pentest.pdf", "%PDF-1.7 penetration test findings")
                .file("src/isms/evidence.yaml", """
                        evidence:
                          - id: EV-1
                            controls: [A.8.13]
                            description: Restore test of the file server
                            owner: CISO
                            frequency: quarterly
                            collected: [2026-04-12]
                            location: evidence/restore-test.pdf
                          - id: EV-2
                            controls: [A.8.8]
                            description: Penetration test report
                            owner: CISO
                            frequency: yearly
                            collected: [2025-03-01]
                            location: evidence/pentest.pdf
                            classification: confidential
                        """);
        site = project.resolve("site");
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(isms.root()).withSite(new SiteOptions(site, false))
                .withHistory(new HistoryOptions(false, false, Optional.of(Instant.parse("2026-06-01T00:00:00Z")))));
        assertThat(result.errors()).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    @Test
    void aFileIsPublishedOnlyWhenItsItemIsClassifiedWithinTheSite() {
        assertThat(site.resolve("evidence/restore-test.pdf")).hasContent("%PDF-1.7 restore test");
        assertThat(site.resolve("evidence/pentest.pdf")).doesNotExist();
    }

    @Test
    void theControlPageListsItsEvidenceWithFreshnessAndALinkToThePublishedFile() throws IOException {
        Document restore = page("controls/A.8.13.html");
        assertThat(restore.select("#evidence-EV-1").text())
                .contains("Restore test of the file server", "quarterly", "April 12, 2026", "fresh", "due July 12, 2026");
        assertThat(restore.select("#evidence-EV-1 a").attr("href")).isEqualTo("../evidence/restore-test.pdf");

        Document pentest = page("controls/A.8.8.html");
        assertThat(pentest.select("#evidence-EV-2").text()).contains("stale", "held as confidential, not published on this site");
        assertThat(pentest.select("#evidence-EV-2 a")).isEmpty();

        assertThat(page("controls/A.5.1.html").select("#evidence + p").text())
                .isEqualTo("No item of the evidence register (evidence.yaml) shows this control operating.");
    }

    @Test
    void theSoaShowsEachControlsEvidenceAndFreshnessInHtmlAndCsv() throws IOException {
        assertThat(page("soa.html").select("tr#A\\.8\\.13").text()).endsWith("EV-1 fresh");
        String csv = Files.readString(site.resolve("soa.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",notes,evidence,evidence_freshness");
        assertThat(csv.lines().filter(l -> l.contains(",A.8.13,"))).singleElement().asString().endsWith(",EV-1,fresh");
        assertThat(csv.lines().filter(l -> l.contains(",A.8.8,"))).singleElement().asString().endsWith(",EV-2,stale");
    }
}
