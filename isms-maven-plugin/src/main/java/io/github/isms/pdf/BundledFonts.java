package io.github.isms.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The font families shipped inside the plugin (DejaVu, Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}). PDF/A requires every glyph to come from an embedded font, so
 * print layouts use these families only; fonts are read once and subset into each PDF.
 */
public final class BundledFonts {

    /** The family name print CSS uses for text. */
    public static final String SANS = "ISMS Sans";
    /** The family name print CSS uses for code. */
    public static final String MONO = "ISMS Mono";

    private record Face(String family, String resource, int weight, FontStyle style, byte[] bytes) {}

    private final List<Face> faces;

    private BundledFonts(List<Face> faces) {
        this.faces = faces;
    }

    /** Reads the font files from the class path. */
    public static BundledFonts load() {
        return new BundledFonts(List.of(
                face(SANS, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL),
                face(SANS, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL),
                face(SANS, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC),
                face(SANS, "DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.ITALIC),
                face(MONO, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
                face(MONO, "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL)));
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                    face.style(), true);
        }
    }

    private static Face face(String family, String file, int weight, FontStyle style) {
        String resource = "fonts/" + file;
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the plugin: " + resource);
            }
            return new Face(family, resource, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
    }
}
