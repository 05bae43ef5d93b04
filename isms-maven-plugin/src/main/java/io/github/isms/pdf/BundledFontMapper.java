package io.github.isms.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Answers PDFBox's requests for non-embedded fonts with a bundled face. openhtmltopdf creates a
 * Helvetica and a ZapfDingbats object for form fields in every document (never drawn, nor written to
 * our PDFs, which have no forms); without this, PDFBox's default mapper would scan the machine's fonts
 * and cache them in the home folder, which is slow, differs between machines and writes outside the build.
 *
 * <p>For one of the standard 14 fonts, which a reader brings itself, the bundled face is this mapper's
 * chosen substitute, as PDFBox's own mapper has a list of substitutes for each: so it is no fallback,
 * and PDFBox does not warn of one. Any other request is answered with a fallback, and PDFBox warns: our
 * layouts embed every font they draw with, so such a request means that something reads a font the PDF
 * does not carry.
 */
final class BundledFontMapper implements FontMapper {

    private final TrueTypeFont font;

    BundledFontMapper(byte[] ttf) {
        try {
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fallback font", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, !Standard14Fonts.containsName(baseFont));
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, true);
    }
}
