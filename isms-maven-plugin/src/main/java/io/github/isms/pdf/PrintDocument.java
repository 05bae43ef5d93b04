package io.github.isms.pdf;

import java.util.Objects;

/**
 * One document ready for print: the XHTML of its print layout and what the PDF says about it.
 *
 * @param xhtml a complete, well-formed XHTML document; its CSS may use the bundled font families
 *     {@link BundledFonts#SANS} and {@link BundledFonts#MONO} and nothing else, since PDF/A
 *     forbids fonts that are not embedded
 * @param baseUri where relative links and images resolve, or {@code null} for none
 * @param draft whether every page carries a DRAFT watermark
 */
public record PrintDocument(String xhtml, PdfMetadata metadata, String baseUri, boolean draft) {

    public PrintDocument {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(metadata, "metadata");
    }

    public static PrintDocument of(String xhtml, PdfMetadata metadata) {
        return new PrintDocument(xhtml, metadata, null, false);
    }

    public PrintDocument asDraft() {
        return new PrintDocument(xhtml, metadata, baseUri, true);
    }
}
