package io.github.isms.pdf;

import io.github.isms.i18n.Labels;
import io.github.isms.site.Provenance;
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
 * @param watermarkText the stamped word in the document's language ({@code CONCEPT}, {@code ENTWURF}); the key itself when not set
 */
public record PrintDocument(String xhtml, PdfMetadata metadata, String baseUri, String watermark, AssetImages images,
        String watermarkText) {

    public static final String DRAFT = "DRAFT";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String RETIRED = "RETIRED";

    public PrintDocument {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(metadata, "metadata");
        images = images == null ? AssetImages.NONE : images;
        watermarkText = watermarkText == null ? watermark : watermarkText;
    }

    public PrintDocument(String xhtml, PdfMetadata metadata, String baseUri, String watermark, AssetImages images) {
        this(xhtml, metadata, baseUri, watermark, images, null);
    }

    /** The same print with its watermark in the words of {@code labels} ({@code watermark.draft}, ...). */
    public PrintDocument inWords(Labels labels) {
        return watermark == null ? this : new PrintDocument(xhtml, metadata, baseUri, watermark, images,
                labels.get("watermark." + watermark.toLowerCase(java.util.Locale.ROOT)));
    }

    public static PrintDocument of(String xhtml, PdfMetadata metadata) {
        return new PrintDocument(xhtml, metadata, null, null, AssetImages.NONE);
    }

    public PrintDocument asDraft() {
        return withWatermark(DRAFT);
    }

    public PrintDocument withWatermark(String word) {
        return new PrintDocument(xhtml, metadata, baseUri, word, images, null);
    }

    /** The same print with images loaded through {@code source}. */
    public PrintDocument withImages(AssetImages source) {
        return new PrintDocument(xhtml, metadata, baseUri, watermark, source, watermarkText);
    }

    /** Where the print layout leaves room on the cover for the build's provenance. */
    static final String PROVENANCE_MARK = "<!--isms:provenance-->";

    /**
     * The same print stating where it comes from: a line on the cover (commit, reference date, plugin
     * version, signer) and the same fields in the document information.
     */
    public PrintDocument withProvenance(Provenance provenance) {
        String line = "<p class=\"provenance\">" + escape(provenance.line(Labels.builtIn(metadata.language()))) + "</p>";
        return new PrintDocument(xhtml.replace(PROVENANCE_MARK, line), metadata.withProvenance(provenance.fields()),
                baseUri, watermark, images, watermarkText);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public boolean draft() {
        return DRAFT.equals(watermark);
    }
}
