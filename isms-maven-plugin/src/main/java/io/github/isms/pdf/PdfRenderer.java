package io.github.isms.pdf;

import io.github.isms.digest.Sha256;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a print layout into an archival PDF: PDF/A-3u with an sRGB output intent, tagged for
 * PDF/UA, fonts embedded, bookmarks from headings, and byte-identical output for identical input.
 * One renderer serves all documents of a build (it keeps parsed fonts and an XML parser between calls); it
 * is not thread-safe, so parallel builds use one per thread.
 */
public final class PdfRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs layout chatter ("No content limit found") per page; a build must stay quiet.
        XRLog.setLoggingEnabled(false);
        FontMappers.set(new BundledFontMapper(readResource("fonts/DejaVuSansCondensed.ttf")));
    }

    private final BundledFonts fonts = new BundledFonts();
    private final DocumentBuilder xmlParser = xmlParser();

    /** Renders one document; the same {@link PrintDocument} always gives the same bytes. */
    public byte[] render(PrintDocument print) {
        String name = print.metadata().documentId();
        Thread thread = Thread.currentThread();
        ClassLoader contextLoader = thread.getContextClassLoader();
        /*
         * openhtmltopdf asks JAXP for a new TransformerFactory per document (for the XMP packet).
         * JAXP looks for providers on the context class loader, which in a Maven plugin is the
         * whole plugin class path: a scan of every jar per document. The JDK's own implementation
         * is the one we want anyway, so the lookup is confined to the JDK.
         */
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try (PDDocument pdf = new PDDocument()) {
            xmlParser.reset();
            Document dom = xmlParser.parse(new InputSource(new StringReader(print.xhtml())));
            Outline.addBookmarks(dom);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(pdf)
                    .usePdfAConformance(PdfAConformance.PDFA_3_U)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(SRGB)
                    .withProducer(ArchivalMetadata.PRODUCER)
                    .useUriResolver(print.images())
                    .withW3cDocument(dom, print.baseUri());
            Map<COSDictionary, PDFont> loaded = fonts.registerWith(builder, pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                ArchivalMetadata.apply(pdf, print.metadata(), Sha256.of(print.xhtml().getBytes(StandardCharsets.UTF_8)));
                LinkContents.fillMissing(pdf, loaded);
                if (print.watermark() != null) {
                    Watermark.stamp(pdf, fonts.bold(pdf), print.watermarkText());
                }
                // PDFBox writes many small pieces; a plain buffer spares a synchronized call per piece.
                try (BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024)) {
                    pdf.save(buffered);
                }
            }
            return out.toByteArray();
        } catch (IOException | SAXException | RuntimeException e) {
            throw new PdfRenderingException("cannot render the PDF of " + name + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(contextLoader);
        }
    }

    private static DocumentBuilder xmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            // A print layout is our own output; still, never let it reach files or the network.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
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
