package io.github.isms.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.ControlledIsms;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.pdf.VeraPdf;
import io.github.isms.sign.Pdfsig;
import io.github.isms.verify.Manifest;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.verify.TrustPolicy;
import io.github.isms.verify.VerificationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document-control record from git reaches the signed PDFs: state, revision rows, approval
 * date, DRAFT watermark, and a SUPERSEDED PDF for every earlier approved version.
 */
class DocumentControlInPdfTest {

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void buildFromARealRepository() {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        site = tmp.resolve("site");
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(isms.git().dir()).withSite(new SiteOptions(site, true)));
        assertThat(result.errors()).isEmpty();
    }

    private static String text(String pdf, int firstPage, int lastPage) throws Exception {
        return text(read(pdf), firstPage, lastPage);
    }

    @Test
    void anApprovedDocumentPrintsItsStateApprovalDateAndEveryApprovedVersion() throws Exception {
        String front = text("docs/POL-001/POL-001.pdf", 1, 2);

        // pdftotext breaks lines where the table cells wrap: compare the words.
        assertThat(front.replaceAll("\\s+", " ")).contains("APPROVED", "Approval date", "January 1, 2026", "Revision history",
                "1.0", "1.1", "Access control: revocation", "Bob Ceo (CEO, trailer)");
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

    // Superseded versions (clause 7.5.3): POL-001 was approved as 1.0 ("Only the owner grants
    // access.") and then as 1.1; the site keeps 1.0 as a signed PDF of its own content.

    static final String OLD_PDF = "docs/POL-001/v1.0/POL-001-v1.0.pdf";

    private static byte[] read(String path) throws Exception {
        return Files.readAllBytes(site.resolve(path));
    }

    private static String text(byte[] pdf, int firstPage, int lastPage) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(Math.min(lastPage, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void anEarlierApprovedVersionGetsASignedPdfThatPdfsigCallsValidAndVeraPdfCallsPdfA3uAndPdfUa() throws Exception {
        byte[] pdf = read(OLD_PDF);

        assertThat(Pdfsig.run(tmp, pdf)).contains("Signature is Valid.").contains("Total document signed");
        assertThat(VeraPdf.failures(pdf, "3u")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getLastSignatureDictionary().getReason()).contains("POL-001 version 1.0 (superseded)");
        }
    }

    @Test
    void itPrintsThatVersionsContentAndDocumentControlBlockNotTheCurrentOnes() throws Exception {
        byte[] pdf = read(OLD_PDF);
        String all = text(pdf, 1, pages(pdf));
        String cover = text(pdf, 1, 1);

        assertThat(all).contains("Only the owner grants access.").doesNotContain("grants and revokes");
        assertThat(cover).contains("POL-001 · Version 1.0", "SUPERSEDED BY VERSION 1.1", "Approval date", "January 1, 2026",
                "Owner", "CISO", "Classification", "internal");
        // Its revision history ends with itself: the change to 1.1 came later.
        assertThat(all).contains("Access control policy").doesNotContain("Access control: revocation");
    }

    @Test
    void everyPageCarriesASupersededWatermark() throws Exception {
        byte[] pdf = read(OLD_PDF);
        for (int page = 1; page <= pages(pdf); page++) {
            assertThat(text(pdf, page, page).replaceAll("\\s", "")).as("page %d", page).contains("SUPERSEDED");
        }
        assertThat(text(read("docs/POL-001/POL-001.pdf"), 1, 99).replaceAll("\\s", "")).doesNotContain("SUPERSEDED");
    }

    @Test
    void theVersionsPageOffersItsPdfForDownload() throws Exception {
        assertThat(Files.readString(site.resolve("docs/POL-001/v1.0/index.html")))
                .contains("<a href=\"../../../" + OLD_PDF + "\">PDF signed with a development key</a>");
    }

    @Test
    void theCurrentVersionGetsNoSupersededPdf() {
        assertThat(site.resolve("docs/POL-001/v1.1")).doesNotExist();
    }

    @Test
    void theManifestListsItSoIsmsVerifyChecksItAndNamesItWhenAByteChanges(@TempDir Path copy) throws Exception {
        assertThat(Manifest.read(site.resolve("manifest.json")).sha256()).containsKey(OLD_PDF);
        // A development-key build: accepted as such, and checked for integrity only.
        TrustPolicy developmentBuild = TrustPolicy.none().allowingDevelopmentKey().checkingIntegrityOnly();
        VerificationResult clean = SiteVerifier.verify(site, developmentBuild);
        assertThat(clean.hasErrors()).isFalse();
        assertThat(clean.findings()).extracting(Diagnostic::position).extracting(p -> p.path()).contains(OLD_PDF);

        Path tampered = copy.resolve("site");
        copyTree(site, tampered);
        byte[] bytes = read(OLD_PDF);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("<xmp:CreatorTool>") + 20;
        bytes[at] ^= 0x20;
        Files.write(tampered.resolve(OLD_PDF), bytes);

        VerificationResult result = SiteVerifier.verify(tampered, developmentBuild);
        assertThat(result.findings()).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::code).containsExactlyInAnyOrder(Code.SIGNATURE_DIGEST, Code.MANIFEST_CHANGED);
        assertThat(result.findings()).filteredOn(d -> d.code() == Code.MANIFEST_CHANGED)
                .singleElement().satisfies(d -> assertThat(d.position().path()).isEqualTo(OLD_PDF));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
