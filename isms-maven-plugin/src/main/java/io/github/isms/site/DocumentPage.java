package io.github.isms.site;

import io.github.isms.markdown.Heading;
import java.util.List;

/**
 * {@code docs/<ID>/index.html}: the document-control block, the body, and what references it.
 *
 * @param body         sanitized HTML, links relative to this page
 * @param contents     the body's headings for the table of contents
 * @param history      state and revision table; {@link HistoryView#UNKNOWN} until history is read
 */
public record DocumentPage(DocumentSummary document, String body, List<Heading> contents,
                           List<DocumentSummary> referencedBy, HistoryView history,
                           String language) implements SitePage {

    @Override
    public String path() {
        return document.url();
    }

    @Override
    public String template() {
        return "document";
    }

    @Override
    public String title() {
        return document.id() + " " + document.title();
    }
}
