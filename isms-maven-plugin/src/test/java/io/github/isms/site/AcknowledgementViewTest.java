package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestDocument;
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
 * A built site shows acknowledgement coverage on the document page, in the register (HTML and CSV) and on the
 * dashboard, and names the outstanding people only on pages classified at or above their audience.
 */
class AcknowledgementViewTest {

    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void build() {
        TestIsms isms = TestIsms.in(project).config(TestIsms.VALID_CONFIG + """
                audiences:
                  staff: [carol@example.com, dave@example.com, erin@example.com]
                  board: {members: [bob@example.com, zoe@example.com], classification: confidential}
                acknowledgement: {form: "https://forms.example.com/ack?doc={id}&version={version}"}
                """)
                .document("aup.md", TestDocument.of("POL-1").title("A policy").field("acknowledge", "[staff]"))
                .document("board.md", TestDocument.of("POL-2").field("acknowledge", "[board]"))
                .document("other.md", TestDocument.of("POL-3"))
                .file("src/isms/records/acknowledgements/lms.csv", """
                        email,document,version,date
                        carol@example.com,POL-1,1.0,2026-01-05
                        bob@example.com,POL-2,1.0,2026-01-05
                        """);
        site = project.resolve("site");
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(isms.root()).withSite(new SiteOptions(site, false))
                .withHistory(new HistoryOptions(false, false, Optional.of(Instant.parse("2026-02-01T00:00:00Z")))));
        assertThat(result.errors()).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    @Test
    void theDocumentPageShowsCoverageTheOutstandingPeopleAndTheLinkToTheForm() throws IOException {
        Document page = page("docs/POL-1/index.html");

        assertThat(page.select("#acknowledgement").text()).startsWith("Version 1.0 acknowledged by 1 of 3 (staff)");
        assertThat(page.select(".acknowledgement-outstanding li").eachText())
                .containsExactly("dave@example.com", "erin@example.com");
        assertThat(page.select("#acknowledge-link").attr("href"))
                .isEqualTo("https://forms.example.com/ack?doc=POL-1&version=1.0");
        assertThat(page.select("#acknowledge-link").text()).isEqualTo("Acknowledge this version");
    }

    @Test
    void aPageBelowTheAudienceClassificationShowsTheNumbersButNamesNobody() throws IOException {
        Document page = page("docs/POL-2/index.html");

        assertThat(page.select("#acknowledgement").text()).startsWith("Version 1.0 acknowledged by 1 of 2 (board)");
        assertThat(page.select(".acknowledgement-outstanding")).isEmpty();
        assertThat(page.html()).doesNotContain("zoe@example.com");
    }

    @Test
    void aDocumentWithoutAudiencesStillLinksTheFormButShowsNoCoverage() throws IOException {
        Document page = page("docs/POL-3/index.html");

        assertThat(page.select("#acknowledgement")).isEmpty();
        assertThat(page.select("#acknowledge-link").attr("href")).isEqualTo("https://forms.example.com/ack?doc=POL-3&version=1.0");
    }

    @Test
    void theRegisterAndItsCsvCarryTheCoverage() throws IOException {
        assertThat(page("register.html").select("tr:has(a[href='docs/POL-1/index.html'])").text()).contains("1 of 3");
        assertThat(Files.readAllLines(site.resolve("register.csv")).get(0))
                .endsWith(",acknowledged,audience,acknowledgement_overdue");
        assertThat(Files.readString(site.resolve("register.csv"))).contains(",1,3,\r\n").contains(",1,2,\r\n");
    }

    @Test
    void theDashboardListsTheDocumentsNotYetAcknowledgedByEveryone() throws IOException {
        assertThat(page("index.html").text()).contains("Staff acknowledgement: 0 of 2 documents acknowledged by everyone")
                .contains("POL-1 A policy version 1.0 acknowledged by 1 of 3");
    }
}
