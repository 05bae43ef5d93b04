package io.github.isms.render;

import io.github.isms.markdown.Heading;
import io.github.isms.xref.References;
import java.util.List;

/**
 * One document body, ready for its page {@code docs/<ID>/index.html}.
 *
 * @param html       the sanitized body HTML; its URLs are relative to the document's page
 * @param headings   the body's headings, in order, with their anchor ids (for a table of contents)
 * @param references the documents, controls and clauses the body refers to
 * @param text       the body as plain text, for the search index
 */
public record RenderedDocument(String id, String html, List<Heading> headings, References references, String text) {

    public RenderedDocument {
        headings = List.copyOf(headings);
    }
}
