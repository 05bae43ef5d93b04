package io.github.isms.pdf;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a PDF says about itself: the document information dictionary and the XMP packet carry the
 * same values, as PDF/A requires.
 *
 * @param documentId a stable identifier (for example {@code POL-005@1.2}); the PDF file
 *     identifier is derived from it, so the same document version always gets the same /ID
 * @param created the creation date, taken from the commit that produced the content and never
 *     from the clock, so two builds of one commit give the same bytes
 * @param provenance the build's commit, reference date, plugin version and signer, written into the
 *     document information as {@code ISMSCommit}, {@code ISMSReferenceDate}, ... (empty: none)
 */
public record PdfMetadata(
        String documentId,
        String title,
        String language,
        String author,
        String subject,
        List<String> keywords,
        OffsetDateTime created,
        Map<String, String> provenance) {

    public PdfMetadata(String documentId, String title, String language, String author, String subject,
            List<String> keywords, OffsetDateTime created) {
        this(documentId, title, language, author, subject, keywords, created, Map.of());
    }

    public PdfMetadata {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    public PdfMetadata withProvenance(Map<String, String> fields) {
        return new PdfMetadata(documentId, title, language, author, subject, keywords, created, fields);
    }
}
