package io.github.isms.pdf;

import io.github.isms.digest.Sha256;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a print layout into an archival PDF: PDF/A-3u with an sRGB output intent, tagged for
 * PDF/UA, fonts embedded, bookmarks from headings, and byte-identical output for identical input.
 * One renderer serves all documents of a build (it keeps only the font files between calls); it
 * is not thread-safe, so parallel builds use one per thread.
 */
public final class PdfRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs layout chatter ("No content limit found") per page; a build must stay quiet.
        XRLog.setLoggingEnabled(false);
        FontMappers.set(new BundledFontMapper(readResource("fonts/DejaVuSansCondensed.ttf")));
    }

    private final BundledFonts fonts;
    private final byte[] watermarkFont;

    public PdfRenderer() {
        this.fonts = BundledFonts.load();
        this.watermarkFont = readResource("fonts/DejaVuSansCondensed-Bold.ttf");
    }

    /** Renders one document; the same {@link PrintDocument} always gives the same bytes. */
    public byte[] render(PrintDocument print) {
        String name = print.metadata().documentId();
        try {
            Document dom = parse(print.xhtml());
            Outline.addBookmarks(dom);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_U)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(SRGB)
                    .withProducer(ArchivalMetadata.PRODUCER)
                    .useUriResolver(print.images())
                    .withW3cDocument(dom, print.baseUri());
            fonts.registerWith(builder);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            try (renderer; PDDocument pdf = renderer.createPDFKeepOpen()) {
                ArchivalMetadata.apply(pdf, print.metadata(), Sha256.of(print.xhtml().getBytes(StandardCharsets.UTF_8)));
                LinkContents.fillMissing(pdf);
                if (print.watermark() != null) {
                    Watermark.stamp(pdf, watermarkFont, print.watermark());
                }
                pdf.save(out);
            }
            return out.toByteArray();
        } catch (IOException | SAXException | RuntimeException e) {
            throw new PdfRenderingException("cannot render the PDF of " + name + ": " + e.getMessage(), e);
        }
    }

    private static Document parse(String xhtml) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A print layout is our own output; still, never let it reach files or the network.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a standard feature", e);
        }
    }

    private static byte[] readResource(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the plugin: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
