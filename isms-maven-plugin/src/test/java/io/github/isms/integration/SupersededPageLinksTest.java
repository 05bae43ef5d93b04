package io.github.isms.integration;

import static io.github.isms.testing.GitFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.ControlledIsms;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.testing.BrokenLinks;
import io.github.isms.testing.TestDocument;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An earlier version's page sits one folder below the current one (docs/ID/v1.2/), and its body
 * was written when other documents and assets may have been different: its links must still lead
 * somewhere on the site, and never to a withheld document.
 */
class SupersededPageLinksTest {

    @TempDir
    Path tmp;

    @Test
    void links_and_images_of_an_earlier_version_lead_to_files_of_the_site_and_withheld_documents_stay_unlinked()
            throws IOException {
        Path site = ControlledIsms.site(history(), tmp.resolve("site"), false, HistoryOptions.defaults());

        assertThat(BrokenLinks.in(site)).isEmpty();
        Document v12 = Jsoup.parse(site.resolve("docs/POL-001/v1.2/index.html").toFile());
        assertThat(v12.select(".document-body img").attr("src")).isEqualTo("../../../assets/old-diagram.png");
        assertThat(v12.select(".document-body a").eachAttr("href")).contains("../../POL-002/index.html");
        assertThat(v12.select(".document-body").text()).contains("the risk register");
        assertThat(v12.select(".document-body a").eachAttr("href")).noneMatch(href -> href.contains("REG-001"));
    }

    /** POL-001 1.2 shows a diagram (an asset no later version uses) and links POL-002 and a confidential register. */
    private GitFixture history() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        GitFixture git = isms.git();
        git.write("src/isms/assets/old-diagram.png", "not really a PNG, only a file to carry");
        git.write("src/isms/documents/registers/risks.md", "---\nid: REG-001\ntitle: Risk register\ntype: register\n"
                + "version: 1.0\nclassification: confidential\n---\n\nRisks.\n");
        git.commit(ALICE, "Diagram and risk register");
        String approved = "Approved-by: Bob Ceo <bob@example.com>";
        isms.mergeRequest("p3", "policies/access.md", TestDocument.of("POL-001").version("1.2").body("See [[POL-002]] and [the risk register](../registers/risks.md).\n\n![Access flow](/assets/old-diagram.png)"),
                "Access control: diagram", approved);
        isms.mergeRequest("p4", "policies/access.md", TestDocument.of("POL-001").version("2.0").body("Access is granted by the owner."),
                "Access control: rewrite", approved);
        return git;
    }
}
