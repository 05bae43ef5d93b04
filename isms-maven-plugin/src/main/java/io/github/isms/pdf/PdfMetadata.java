package io.github.isms.pdf;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a PDF says about itself: the document information dictionary and the XMP packet carry the
 * same values, as PDF/A requires.
 *
 * @param documentId a stable identifier (for example {@code POL-005@1.2}); the PDF file
 *     identifier is derived from it, so the same document version always gets the same /ID
 * @param created the creation date, taken from the commit that produced the content and never
 *     from the clock, so two builds of one commit give the same bytes
 */
public record PdfMetadata(
        String documentId,
        String title,
        String language,
        String author,
        String subject,
        List<String> keywords,
        OffsetDateTime created) {

    public PdfMetadata {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
