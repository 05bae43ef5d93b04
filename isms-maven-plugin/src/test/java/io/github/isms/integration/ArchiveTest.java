package io.github.isms.integration;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.ControlledIsms;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.testing.BrokenLinks;
import io.github.isms.testing.TestDocument;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive holds: an earlier version reads as it did when it was approved, links included, and every
 * version shows what changed since the approved version before it, as the rendered document.
 */
class ArchiveTest {

    static final String CEO = "Approved-by: Bob Ceo <bob@example.com>";

    @TempDir
    static Path tmp;

    static Path site;

    static String access(String version, String body) {
        return "---\nid: POL-001\ntitle: Access control\ntype: policy\nversion: " + version
                + "\nretention: 7 years after withdrawal\ndistribution: [all staff, contractors]\n---\n\n" + body;
    }

    static final String V1 = """
            ## Scope

            {{ org.name }} grants access on request. Backups: see [the backup policy](backup.md) and [[POL-002]].

            - Owners approve access.
            - Access is reviewed yearly.

            | Role | Grants |
            |---|---|
            | Owner | read |
            """;

    static final String V2 = """
            ## Scope

            {{ org.name }} grants access on written request. Backups: see [the backup policy](archive/backup-policy.md).

            - Owners approve access.
            - Access is reviewed quarterly.

            | Role | Grants |
            |---|---|
            | Owner | read, write |
            """;

    /**
     * POL-001 1.0 links POL-002 at policies/backup.md; POL-002 then moves to policies/archive/backup-policy.md,
     * and POL-001 1.1 follows it; POL-001 1.2 is a draft of the same text.
     */
    @BeforeAll
    static void build() throws Exception {
        ControlledIsms isms = ControlledIsms.started(tmp.resolve("repo"));
        isms.mergeRequest("b1", "policies/backup.md", TestDocument.of("POL-002").version("1.0").body("## Daily\n\nBack up daily."),
                "Backup policy", CEO);
        isms.mergeRequest("p1", "policies/access.md", access("1.0", V1), "Access control policy", CEO);
        GitFixture git = isms.git();
        git.branch("move");
        Files.createDirectories(git.dir().resolve("src/isms/documents/policies/archive"));
        git.git("mv", "src/isms/documents/policies/backup.md", "src/isms/documents/policies/archive/backup-policy.md");
        git.commit(CAROL, "Move the backup policy");
        git.checkout("main");
        git.merge("move", ALICE, "Merge branch 'move' into 'main'\n\nMove the backup policy\n\n" + CEO);
        isms.mergeRequest("p2", "policies/access.md", access("1.1", V2), "Written requests, quarterly reviews", CEO);
        isms.mergeRequest("p3", "policies/access.md", access("1.2", V2 + "\nA draft sentence.\n"), "Draft", "");
        site = ControlledIsms.site(git, tmp.resolve("site"), false, HistoryOptions.defaults());
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    @Test
    void anEarlierVersionLinksTheDocumentRenamedSinceAsItDidThen() throws Exception {
        Document old = page("docs/POL-001/v1.0/index.html");

        assertThat(old.select("a:contains(the backup policy)").attr("href")).isEqualTo("../../POL-002/index.html");
        assertThat(old.select("a[href='../../POL-002/index.html']")).hasSize(2);
        assertThat(old.text()).contains("Example Corp grants access on request.");
    }

    @Test
    void theVersionInForceAndTheDraftEachLinkARenderedRedlineAgainstTheApprovedVersionBefore() throws Exception {
        Document earlier = page("docs/POL-001/v1.1/redline.html");
        assertThat(earlier.select(".redline-rendered ins").eachText()).contains("written", "quarterly.", "read, write");
        assertThat(earlier.select(".redline-rendered del").eachText()).contains("yearly.", "read");
        assertThat(earlier.select(".redline-rendered h2").text()).isEqualTo("Scope");
        assertThat(earlier.select(".redline-rendered li")).hasSize(2);
        assertThat(earlier.select(".redline-rendered table td").text()).contains("Owner", "read");
        assertThat(earlier.html()).doesNotContain("{{").contains("Example Corp");
        assertThat(earlier.select("a:contains(source redline)").attr("href")).isEqualTo("../../../docs/POL-001/v1.1/redline-source.html");
        Document source = page("docs/POL-001/v1.1/redline-source.html");
        assertThat(source.select("pre.redline").text()).contains("{{ org.name }}");
        assertThat(source.select("pre.redline ins").eachText()).anyMatch(t -> t.contains("quarterly"));

        Document draft = page("docs/POL-001/index.html");
        assertThat(draft.select("a[href$=redline.html]").text()).isEqualTo("Changes since version 1.1 (redline)");
        Document current = page("docs/POL-001/redline.html");
        assertThat(current.select("h1").text()).isEqualTo("POL-001: changes from version 1.1 to 1.2");
        assertThat(current.select(".redline-rendered ins").eachText()).containsExactly("A draft sentence.");
        assertThat(current.select(".redline-rendered del")).isEmpty();
    }

    @Test
    void everyLinkOfEveryPageLeadsSomewhere() throws Exception {
        assertThat(BrokenLinks.in(site)).isEmpty();
    }

    @Test
    void theRegisterNamesRetentionAndDistribution() throws Exception {
        assertThat(page("register.html").select("tr:contains(POL-001)").text()).contains("7 years after withdrawal",
                "all staff, contractors");
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(Files.readString(site.resolve("register.csv"))))) {
            rows.put(row.get("id"), row);
        }
        assertThat(rows.get("POL-001").get("retention")).isEqualTo("7 years after withdrawal");
        assertThat(rows.get("POL-001").get("distribution")).isEqualTo("all staff; contractors");
    }
}
