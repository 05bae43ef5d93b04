package io.github.isms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.pages.CatalogPages;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.model.IsmsProject;
import io.github.isms.output.FileSpool;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.sign.Pdfsig;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.SigningSettings;
import io.github.isms.sign.TestKeys;
import io.github.isms.site.HistoryView;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.Provenance;
import io.github.isms.site.SiteModel;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import io.github.isms.verify.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isms:site's PDFs, end to end through the engine: rendered from the site model, signed, linked, listed. */
class SitePdfsTest {

    static final String POLICY = """
            ---
            id: POL-001
            title: Information Security Policy
            type: policy
            version: "2.1"
            effective: 2026-02-01
            controls: [A.5.1]
            ---
            # Information Security Policy

            ## Purpose

            Management sets the direction for information security at {{ org.name }}.
            See [[POL-002]] and [[A.5.15]].

            ## Roles

            | Role | Responsibility |
            |---|---|
            | CISO | Runs the ISMS & reports to the board |

            ### Reviews

            Reviewed every year<br>and after major changes.
            """;

    static final String ACCESS = """
            ---
            id: POL-002
            title: Access Control Policy
            type: policy
            version: "1.0"
            controls: [A.5.15]
            ---
            # Access Control Policy

            Least privilege.
            """;

    @TempDir
    static Path project;

    static CheckResult built;

    static TestIsms isms() {
        return TestIsms.in(project).document("policy.md", POLICY).document("access.md", ACCESS)
                .file("src/isms/soa.yaml", "controls:\n  A.5.1: {status: implemented}\n  A.7.4: {applicable: false, justification: No premises}\n");
    }

    static Path site() {
        return project.resolve("target/isms/site");
    }

    @BeforeAll
    static void buildOnce() {
        isms();
        built = new IsmsEngine().site(BuildRequest.defaults(project));
    }

    static byte[] read(String path) throws Exception {
        return Files.readAllBytes(site().resolve(path));
    }

    @Test
    void everyPublishedDocumentAndTheSoaGetASignedPdfThatPdfsigCallsValid(@TempDir Path tmp) throws Exception {
        assertThat(built.errors()).isEmpty();
        for (String pdf : List.of("docs/POL-001/POL-001.pdf", "docs/POL-002/POL-002.pdf", "soa.pdf")) {
            String report = Pdfsig.run(tmp, read(pdf));
            assertThat(report).as(pdf).contains("Signature is Valid.").contains("Total document signed")
                    .contains("ETSI.CAdES.detached");
        }
    }

    @Test
    void aSignedDocumentPdfIsPdfA3uAndPdfUaForVeraPdf() throws Exception {
        byte[] pdf = read("docs/POL-001/POL-001.pdf");
        assertThat(VeraPdf.failures(pdf, "3u")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
    }

    @Test
    void theSoaPdfIsPdfA3uAndListsEveryControlWithItsDecision() throws Exception {
        byte[] pdf = read("soa.pdf");
        assertThat(VeraPdf.failures(pdf, "3u")).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("Statement of Applicability", "A.5.1", "A.8.34", "No premises", "implemented", "POL-001");
    }

    @Test
    void theSoaPdfShowsEachControlsEvidenceWithItsFreshnessAndLastCollectionButNoUnpublishedFile(@TempDir Path other)
            throws Exception {
        TestIsms.in(other)
                .file("src/isms/soa.yaml", "controls:\n  A.8.13: {status: implemented}\n  A.8.8: {status: implemented}\n"
                        + "  A.5.18: {status: implemented}\n")
                .file("src/isms/evidence/restore-test.pdf", "%PDF-1.7 restore test")
                .file("src/isms/evidence/pentest.pdf", "%PDF-1.7 penetration test findings")
                .file("src/isms/evidence.yaml", """
                        evidence:
                          - {id: EV-1, controls: [A.8.13], owner: CISO, frequency: quarterly, collected: [2026-04-12],
                             location: evidence/restore-test.pdf}
                          - {id: EV-2, controls: [A.8.8], owner: CISO, frequency: yearly, collected: [2025-03-01],
                             location: evidence/pentest.pdf, classification: confidential}
                          - {id: EV-3, controls: [A.5.18], owner: CISO, frequency: monthly}
                        """);
        Path siteDir = other.resolve("site");
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(other).withSite(new SiteOptions(siteDir, true))
                .withHistory(new HistoryOptions(false, false, Optional.of(Instant.parse("2026-06-01T00:00:00Z")))));
        assertThat(result.errors()).isEmpty();
        byte[] pdf = Files.readAllBytes(siteDir.resolve("soa.pdf"));

        String text = Poppler.text(other, pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Evidence: the items of the evidence register (evidence.yaml)", "reference date 2026-06-01",
                        "EV-1 fresh, last collected 2026-04-12", "EV-2 stale, last collected 2025-03-01", "EV-3 never collected")
                .doesNotContain("pentest.pdf", "restore-test.pdf");
        assertThat(VeraPdf.failures(pdf, "3u")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        assertThat(Pdfsig.run(other, pdf)).contains("Signature is Valid.", "Total document signed");
    }

    @Test
    void theSoaPdfOfAnIsmsWithoutEvidenceRegisterHasNoEvidenceColumn() throws Exception {
        assertThat(Poppler.text(project, read("soa.pdf"))).doesNotContain("Evidence");
    }

    @Test
    void theCoverCarriesTheDocumentControlBlockAndEveryPageTheRunningHeaderAndFooter() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(read("docs/POL-001/POL-001.pdf"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).contains("Example Corp", "POL-001", "Information Security Policy", "Version 2.1",
                    "Owner", "CISO", "Approvers", "CEO", "Effective date", "February 1, 2026", "Next review", "February 1, 2027",
                    "Classification", "internal");
            int pages = pdf.getNumberOfPages();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(pdf)).contains("Page " + pages + " of " + pages, "Uncontrolled when printed",
                    "Example Corp", "POL-001", "internal");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("POL-001 Information Security Policy");
        }
        assertThat(text(read("docs/POL-001/POL-001.pdf"))).contains("Purpose", "Runs the ISMS & reports to the board",
                "Management sets the direction for information security at Example Corp.");
    }

    @Test
    void theDocumentPageAndTheSoaPageLinkTheirPdfs() throws Exception {
        assertThat(new String(read("docs/POL-001/index.html"), StandardCharsets.UTF_8))
                .contains("href=\"../../docs/POL-001/POL-001.pdf\"");
        assertThat(new String(read("soa.html"), StandardCharsets.UTF_8)).contains("href=\"soa.pdf\"");
    }

    @Test
    void theManifestHoldsTheSha256OfEachSignedPdf() throws Exception {
        Manifest manifest = Manifest.read(site().resolve("manifest.json"));
        Manifest actual = Manifest.of(site());
        assertThat(manifest.sha256()).containsKeys("docs/POL-001/POL-001.pdf", "soa.pdf");
        assertThat(manifest.sha256()).isEqualTo(actual.sha256());
    }

    @Test
    void theSameSourcesGiveByteIdenticalPdfsBeforeSigning() {
        SiteModel first = model(Map.of());
        SiteModel second = model(Map.of());
        PdfRenderer renderer = new PdfRenderer();
        byte[] a = renderer.render(SitePdfs.print(first, first.inputs().project().document("POL-001").orElseThrow()));
        byte[] b = new PdfRenderer().render(SitePdfs.print(second, second.inputs().project().document("POL-001").orElseThrow()));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aSignedFileStartsWithTheUnsignedRenderingUnchanged() throws Exception {
        SiteModel model = model(Map.of());
        byte[] unsigned = new PdfRenderer().render(SitePdfs.print(model, model.inputs().project().document("POL-001").orElseThrow())
                .withProvenance(builtProvenance()));
        byte[] signed = read("docs/POL-001/POL-001.pdf");
        assertThat(java.util.Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
        assertThat(Poppler.beforeSigning(signed)).isEqualTo(unsigned);
    }

    @Test
    void aDraftCarriesItsStateRevisionsAndTheWatermarkFromTheDocumentControlRecord() throws Exception {
        HistoryView history = new HistoryView("draft", List.of(
                new HistoryView.RevisionRow("2.0", "2025-11-03", List.of("Alice Example"), List.of("Bob Example"), "Yearly review"),
                new HistoryView.RevisionRow("1.0", "2024-10-01", List.of("Alice Example"), List.of("Bob Example"), "First issue")));
        SiteModel model = model(Map.of("POL-001", history));

        PrintDocument print = SitePdfs.print(model, model.inputs().project().document("POL-001").orElseThrow());

        assertThat(print.draft()).isTrue();
        assertThat(print.metadata().created().toLocalDate()).hasToString("2025-11-03");
        String text = text(new PdfRenderer().render(print));
        assertThat(text).contains("DRAFT", "Yearly review", "First issue", "Bob Example", "November 3, 2025");
    }

    @Test
    void withoutPdfsTheSiteHasNoPdfAndNoLinkToOne(@TempDir Path other) throws Exception {
        TestIsms.in(other).document("policy.md", POLICY).document("access.md", ACCESS);
        Path siteDir = other.resolve("site");

        new IsmsEngine().site(BuildRequest.defaults(other).withSite(new SiteOptions(siteDir, false)));

        assertThat(siteDir.resolve("docs/POL-001/index.html")).isRegularFile();
        assertThat(siteDir.resolve("docs/POL-001/POL-001.pdf")).doesNotExist();
        assertThat(siteDir.resolve("soa.pdf")).doesNotExist();
        assertThat(Files.readString(siteDir.resolve("docs/POL-001/index.html"))).doesNotContain(".pdf");
    }

    @Test
    void aWrongKeystorePasswordFailsTheBuildOnceWithoutThePasswordAndKeepsTheOldSite(@TempDir Path other) throws Exception {
        TestIsms.in(other).document("policy.md", POLICY).document("access.md", ACCESS);
        Path siteDir = other.resolve("site");
        new IsmsEngine().site(BuildRequest.defaults(other).withSite(new SiteOptions(siteDir, false)));
        byte[] oldIndex = Files.readAllBytes(siteDir.resolve("index.html"));
        Path keystore = new TestKeys().validKeystore(other, "isms");
        String wrong = "Not-The-Password-42";

        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(other).withSite(new SiteOptions(siteDir, true)
                .withSigning(new SigningSettings(keystore, "isms", wrong.toCharArray(), null))));

        assertThat(result.errors()).extracting(d -> d.code()).containsExactly(Code.PDF_SIGNING_FAILED);
        assertThat(result.errors().get(0).format()).startsWith("isms.p12:1:1: PDF_SIGNING_FAILED").doesNotContain(wrong);
        assertThat(Files.readString(other.resolve("target/isms/diagnostics.json"))).doesNotContain(wrong);
        assertThat(Files.readAllBytes(siteDir.resolve("index.html"))).isEqualTo(oldIndex);
        assertThat(siteDir.resolve("docs/POL-001/POL-001.pdf")).doesNotExist();
    }

    @Test
    void signingWithTheOrganisationsKeyNamesItsCertificateAndTheDocumentInTheSignature(@TempDir Path other) throws Exception {
        TestIsms.in(other).document("policy.md", POLICY).document("access.md", ACCESS);
        Path siteDir = other.resolve("site");
        Path keystore = new TestKeys().validKeystore(other, "isms");

        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(other).withSite(new SiteOptions(siteDir, true)
                .withSigning(new SigningSettings(keystore, "isms", TestKeys.PASSWORD.clone(), null))));

        assertThat(result.errors()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(siteDir.resolve("docs/POL-001/POL-001.pdf")))) {
            PDSignature signature = pdf.getLastSignatureDictionary();
            assertThat(signature.getReason()).isEqualTo("POL-001 version 2.1, Information Security Policy")
                    .doesNotContain("development");
            assertThat(signature.getLocation()).isEqualTo("Example Corp");
        }
    }

    @Test
    void aPdfNotLaidOutWithinItsTimeBudgetFailsTheBuildNamingItsDocumentAndIsNotPublished(@TempDir Path spoolDir) {
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = new ProjectLoader(SourceLayout.defaults(project)).load(diagnostics);
        CatalogModel catalog = CatalogModel.load(loaded, diagnostics);
        SiteInputs inputs = SiteInputs.of(loaded, new DocumentRenderer().renderAll(loaded,
                new io.github.isms.catalog.CatalogTargets(catalog.catalogs()), diagnostics));

        // No layout finishes in a nanosecond: each PDF stands for one that would take hours.
        SigningKey key = SitePdfs.key(inputs, SigningSettings.developmentKey(), false, diagnostics).orElseThrow();
        SiteInputs result;
        try (FileSpool spool = FileSpool.in(spoolDir)) {
            result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> SitePdfs.addTo(inputs, catalog, key,
                    SigningSettings.developmentKey(), Instant.parse("2026-06-01T00:00:00Z"), Duration.ofNanos(1), spool, diagnostics));
        }

        assertThat(diagnostics.all()).extracting(d -> d.position() + ": " + d.code() + " " + d.message()).containsExactly(
                "src/isms/documents/access.md:1:1: PDF_TOO_COMPLEX POL-002: the PDF docs/POL-002/POL-002.pdf was not laid out "
                        + "within 0 ms; the document is too large or too deeply structured to print (split it, or shorten long tables and lists)",
                "src/isms/documents/policy.md:1:1: PDF_TOO_COMPLEX POL-001: the PDF docs/POL-001/POL-001.pdf was not laid out "
                        + "within 0 ms; the document is too large or too deeply structured to print (split it, or shorten long tables and lists)",
                "src/isms/soa.yaml:1:1: PDF_TOO_COMPLEX Statement of Applicability: the PDF soa.pdf was not laid out "
                        + "within 0 ms; the document is too large or too deeply structured to print (split it, or shorten long tables and lists)");
        assertThat(diagnostics.all()).extracting(d -> d.code()).containsOnly(Code.PDF_TOO_COMPLEX);
        assertThat(result.pageSources()).filteredOn(SitePdfs.class::isInstance).singleElement()
                .satisfies(pdfs -> assertThat(((SitePdfs) pdfs).spooled()).doesNotContainKeys("docs/POL-001/POL-001.pdf", SitePdfs.SOA_PDF));
    }

    /** The provenance the build stated, as manifest.json records it: the rendering that was signed carries it. */
    private static Provenance builtProvenance() throws Exception {
        var p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site().resolve("manifest.json").toFile()).path("provenance");
        return new Provenance(p.path("commit").asText(), p.path("referenceDate").asText(), p.path("pluginVersion").asText(),
                p.path("signer").asText(), p.path("developmentKey").asText().equals("true"));
    }

    private static SiteModel model(Map<String, HistoryView> histories) {
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = new ProjectLoader(SourceLayout.defaults(project)).load(diagnostics);
        CatalogModel catalog = CatalogModel.load(loaded, diagnostics);
        SiteInputs plain = SiteInputs.of(loaded, new DocumentRenderer().renderAll(loaded,
                new io.github.isms.catalog.CatalogTargets(catalog.catalogs()), diagnostics));
        SiteInputs inputs = CatalogPages.addTo(new SiteInputs(plain.project(), plain.bodies(), histories, plain.panels(),
                plain.pageSources()), catalog);
        assertThat(diagnostics.all()).isEmpty();
        return SiteModel.of(inputs);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
