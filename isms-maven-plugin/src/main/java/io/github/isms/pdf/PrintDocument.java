package io.github.isms.pdf;

import java.util.Objects;

/**
 * One document ready for print: the XHTML of its print layout and what the PDF says about it.
 *
 * @param xhtml a complete, well-formed XHTML document; its CSS may use the bundled font families
 *     {@link BundledFonts#SANS} and {@link BundledFonts#MONO} and nothing else, since PDF/A
 *     forbids fonts that are not embedded
 * @param baseUri where relative links resolve, or {@code null} for none
 * @param watermark the word stamped across every page ({@link #DRAFT}, {@link #SUPERSEDED}, {@link #RETIRED}), or {@code null} for none
 * @param images where images may be loaded from; {@link AssetImages#NONE} refuses them all
 */
public record PrintDocument(String xhtml, PdfMetadata metadata, String baseUri, String watermark, AssetImages images) {

    public static final String DRAFT = "DRAFT";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String RETIRED = "RETIRED";

    public PrintDocument {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(metadata, "metadata");
        images = images == null ? AssetImages.NONE : images;
    }

    public static PrintDocument of(String xhtml, PdfMetadata metadata) {
        return new PrintDocument(xhtml, metadata, null, null, AssetImages.NONE);
    }

    public PrintDocument asDraft() {
        return withWatermark(DRAFT);
    }

    public PrintDocument withWatermark(String word) {
        return new PrintDocument(xhtml, metadata, baseUri, word, images);
    }

    /** The same print with images loaded through {@code source}. */
    public PrintDocument withImages(AssetImages source) {
        return new PrintDocument(xhtml, metadata, baseUri, watermark, source);
    }

    public boolean draft() {
        return DRAFT.equals(watermark);
    }
}
