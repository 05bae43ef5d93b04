package io.github.isms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

    static final PdfRenderer RENDERER = new PdfRenderer();
    static final byte[] APPROVED = RENDERER.render(SamplePrint.document(false));

    @Test
    void rendering_the_same_document_twice_gives_byte_identical_pdfs() {
        assertThat(RENDERER.render(SamplePrint.document(false))).isEqualTo(APPROVED);
        assertThat(new PdfRenderer().render(SamplePrint.document(true)))
                .isEqualTo(RENDERER.render(SamplePrint.document(true)));
    }

    @Test
    void a_rendered_document_conforms_to_pdf_a_3u() {
        assertThat(VeraPdf.failures(APPROVED, "3u")).isEmpty();
    }

    @Test
    void a_rendered_document_conforms_to_pdf_ua_1() {
        assertThat(VeraPdf.failures(APPROVED, "ua1")).isEmpty();
    }

    @Test
    void a_draft_conforms_to_pdf_a_3u_and_pdf_ua_1_too() {
        byte[] draft = RENDERER.render(SamplePrint.document(true));
        assertThat(VeraPdf.failures(draft, "3u")).isEmpty();
        assertThat(VeraPdf.failures(draft, "ua1")).isEmpty();
    }

    @Test
    void a_document_renders_to_the_same_bytes_whatever_the_renderer_rendered_before() {
        PrintDocument a = SamplePrint.document(false);
        PrintDocument base = SamplePrint.document(true);
        String xhtml = base.xhtml().replaceFirst("</h1>", " Ωμέγα ДЖЗИ ŁŚŹ ∑∫≤ <b>Жирный</b> <code>кодΩ</code></h1>");
        PrintDocument other = new PrintDocument(xhtml, base.metadata(), base.baseUri(), base.watermark(), base.images());

        byte[] fresh = new PdfRenderer().render(a);
        PdfRenderer used = new PdfRenderer();
        used.render(other);
        used.render(SamplePrint.document(true));
        assertThat(used.render(a)).isEqualTo(fresh);
    }

    @Test
    void title_language_dates_and_identifier_come_from_the_input_not_the_clock() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(APPROVED)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Access Control Policy");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(SamplePrint.COMMIT_TIME.toInstant());
            assertThat(pdf.getDocumentInformation().getProducer()).doesNotContainPattern("\\d{4}");
            assertThat(pdf.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID)).hasSize(2);
        }
    }

    @Test
    void every_font_is_embedded_and_is_a_bundled_face() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(APPROVED)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void bookmarks_follow_the_headings_nested_by_level() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(APPROVED)) {
            List<String> top = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> top.add(item.getTitle()));
            assertThat(top).contains("Access Control Policy", "Revision history", "Contents");
            PDOutlineItem policy = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Access Control Policy") && item.hasChildren()) {
                    policy = item;
                }
            }
            assertThat(policy).isNotNull();
            assertThat(policy.getFirstChild().getTitle()).isEqualTo("1. Section on access & identity 1");
            assertThat(policy.getFirstChild().getFirstChild().getTitle()).isEqualTo("1.1 Requirements");
        }
    }

    @Test
    void every_link_describes_itself_and_a_contents_entry_names_the_heading_it_leads_to() throws Exception {
        List<String> descriptions = linkDescriptions(APPROVED);
        assertThat(descriptions).isNotEmpty().allMatch(text -> text != null && !text.isBlank());
        assertThat(descriptions).contains("1. Section on access & identity 1", "1.1 Requirements");
    }

    private static List<String> linkDescriptions(byte[] rendered) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(rendered)) {
            List<String> descriptions = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        descriptions.add(link.getContents());
                    }
                }
            }
            return descriptions;
        }
    }

    @Test
    void a_link_in_bold_italic_or_code_is_described_by_its_own_letters() throws Exception {
        PrintDocument base = SamplePrint.document(false);
        String xhtml = base.xhtml().replaceFirst("</h1>", "</h1><p><strong><a href=\"https://example.com/s\">Security Policy</a>"
                + "</strong>, <em><a href=\"https://example.com/m\">Asset Management Procedure</a></em> and <code>"
                + "<a href=\"https://example.com/g\">groups.yaml</a></code>.</p>");
        byte[] rendered = RENDERER.render(new PrintDocument(xhtml, base.metadata(), base.baseUri(), null, base.images()));
        assertThat(linkDescriptions(rendered)).contains("Security Policy", "Asset Management Procedure", "groups.yaml");
    }

    /*
     * PDFBox warns "Using fallback font" whenever it is asked for a font it does not have: a build printed two such
     * warnings for every PDF and more for every page with a link. PDFBox logs through commons-logging, which the
     * tests' class path sends to SLF4J without a binding (jcl-over-slf4j), so nowhere: a second process without
     * that bridge uses commons-logging's own simple log, chosen before PDFBox takes its loggers, which writes out.
     */
    @Test
    void rendering_asks_pdfbox_for_no_font_it_lacks_so_it_logs_no_fallback_font(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("render.log");
        Process render = ForkedJvm.start(List.of("-Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.LogFactoryImpl",
                "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog"),
                ForkedJvm.classPathWithout("jcl-over-slf4j"), RenderSamplePrints.class, log);
        assertThat(render.waitFor(5, TimeUnit.MINUTES)).as("rendered in time").isTrue();
        String output = Files.readString(log);
        assertThat(render.exitValue()).as(output).isZero();
        assertThat(output).contains(RenderSamplePrints.LOG_CHECK, "rendered").doesNotContainIgnoringCase("fallback font");
    }

    @Test
    void text_reads_back_as_written_with_no_ligature_glyphs(@TempDir Path dir) throws Exception {
        // A ligature reads back as one character (U+FB00 for "ff") in poppler; search and copy want letters.
        assertThat(Poppler.text(dir, APPROVED, 1)).contains("Effective date").doesNotContainPattern("[\\uFB00-\\uFB06]");
    }

    @Test
    void running_footer_says_page_x_of_y_and_uncontrolled_when_printed() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(APPROVED)) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String page2 = text.getText(pdf);
            assertThat(page2).contains("Page 2 of " + pages).contains("Uncontrolled when printed")
                    .contains("POL-005").contains("internal");
        }
    }

    @Test
    void drafts_carry_a_watermark_on_every_page_and_approved_documents_none() throws Exception {
        try (PDDocument draft = Loader.loadPDF(RENDERER.render(SamplePrint.document(true)));
                PDDocument approved = Loader.loadPDF(APPROVED)) {
            for (int page = 1; page <= draft.getNumberOfPages(); page++) {
                assertThat(textOf(draft, page).replaceAll("\\s", "")).as("page %d", page).contains("DRAFT");
                assertThat(textOf(approved, page)).doesNotContain("DRAFT");
            }
        }
    }

    private static String textOf(PDDocument pdf, int page) throws Exception {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        return text.getText(pdf);
    }
}
