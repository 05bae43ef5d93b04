package io.github.isms.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font families shipped inside the plugin (DejaVu, Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}). PDF/A requires every glyph to come from an embedded font, so
 * print layouts use these families only; each face is subset into the PDFs that use it.
 *
 * <p>A face is parsed once per instance and reused for every document that instance renders, and
 * a face no document uses is never parsed. Parsed fonts are not thread-safe: one instance per
 * renderer, one renderer per thread.
 */
final class BundledFonts {

    /** The family name print CSS uses for text. */
    static final String SANS = "ISMS Sans";
    /** The family name print CSS uses for code. */
    static final String MONO = "ISMS Mono";

    private record Face(String family, String resource, int weight, FontStyle style) {}

    private static final Face SANS_BOLD = new Face(SANS, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL);
    private static final List<Face> FACES = List.of(
            new Face(SANS, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL),
            SANS_BOLD,
            new Face(SANS, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face(SANS, "DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.ITALIC),
            new Face(MONO, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
            new Face(MONO, "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL));

    private final Map<Face, TrueTypeFont> parsed = new HashMap<>();

    /**
     * Offers every face to one document's builder; a face is embedded (as a subset) only when used.
     *
     * @return the faces the layout loads into {@code document}, by the font dictionary its pages name them
     *         with; filled while the layout runs
     */
    Map<COSDictionary, PDFont> registerWith(PdfRendererBuilder builder, PDDocument document) {
        Map<COSDictionary, PDFont> loaded = new IdentityHashMap<>();
        for (Face face : FACES) {
            builder.useFont(new FaceSupplier(face, document, loaded), face.family(), face.weight(), face.style(), true);
        }
        return loaded;
    }

    /** The bold sans face, loaded into {@code document} for what is drawn over the layout (a watermark). */
    PDFont bold(PDDocument document) throws IOException {
        return load(SANS_BOLD, document);
    }

    private PDFont load(Face face, PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed.computeIfAbsent(face, BundledFonts::parse), true);
    }

    /**
     * Loads a face into a document when the layout first asks for it. Glyph substitution is off:
     * policy text needs no ligatures or contextual forms, and PDFBox's substitution pass over every
     * string costs about a sixth of the rendering time.
     */
    private final class FaceSupplier extends PDFontSupplier {
        private final Face face;
        private final PDDocument document;
        private final Map<COSDictionary, PDFont> loaded;

        FaceSupplier(Face face, PDDocument document, Map<COSDictionary, PDFont> loaded) {
            super(null);
            this.face = face;
            this.document = document;
            this.loaded = loaded;
        }

        @Override
        public PDFont supply() {
            try {
                PDFont font = load(face, document);
                loaded.put(font.getCOSObject(), font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed bundled font " + face.resource(), e);
            }
        }
    }

    private static TrueTypeFont parse(Face face) {
        String resource = "fonts/" + face.resource();
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the plugin: " + resource);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
    }
}
