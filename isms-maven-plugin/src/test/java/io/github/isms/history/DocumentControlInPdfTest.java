package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.BuildResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document-control record from git reaches the signed PDFs: state, revision rows, approval date, DRAFT watermark. */
class DocumentControlInPdfTest {

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void buildFromARealRepository() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        site = tmp.resolve("site");
        BuildResult result = new IsmsEngine().site(BuildRequest.defaults(isms.git().dir()).withSite(new SiteOptions(site, true)));
        assertThat(result.errors()).isEmpty();
    }

    private static String text(String pdf, int firstPage, int lastPage) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(site.resolve(pdf)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(Math.min(lastPage, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    @Test
    void anApprovedDocumentPrintsItsStateApprovalDateAndEveryApprovedVersion() throws Exception {
        String front = text("docs/POL-001/POL-001.pdf", 1, 2);

        assertThat(front).contains("APPROVED", "Approval date", "2026-01-01", "Revision history", "1.0", "1.1",
                "Access control: revocation", "Bob Ceo");
        assertThat(front.replaceAll("\\s", "")).doesNotContain("DRAFT");
    }

    @Test
    void aDocumentWithoutApprovalFromItsRoleIsADraftWithAWatermarkOnEveryPage() throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(site.resolve("docs/POL-002/POL-002.pdf")))) {
            pages = document.getNumberOfPages();
        }
        for (int page = 1; page <= pages; page++) {
            assertThat(text("docs/POL-002/POL-002.pdf", page, page).replaceAll("\\s", "")).as("page %d", page).contains("DRAFT");
        }
        assertThat(text("docs/POL-002/POL-002.pdf", 1, pages)).contains("Back up daily.");
    }
}
