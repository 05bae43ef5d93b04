package io.github.isms.site;

import io.github.isms.markdown.Heading;
import java.util.List;

/**
 * {@code docs/<ID>/index.html}: the document-control block, the body, and what references it.
 *
 * @param body         sanitized HTML, links relative to this page
 * @param contents     the body's headings for the table of contents
 * @param history      state and revision table; {@link HistoryView#UNKNOWN} until history is read
 * @param language     the language the document is written in, and so of the page's own words
 * @param translations the language switcher: the document, its original and their translations; empty when none
 * @param outdatedOriginal for a translation whose original has a newer major version, that version; else {@code ""}
 * @param acknowledgement the form link and who acknowledged the version in force
 */
public record DocumentPage(DocumentSummary document, String body, List<Heading> contents,
                           List<DocumentSummary> referencedBy, HistoryView history,
                           String language, List<Translation> translations,
                           String outdatedOriginal, AcknowledgementView acknowledgement) implements SitePage {

    public DocumentPage {
        translations = List.copyOf(translations);
    }

    public DocumentPage(DocumentSummary document, String body, List<Heading> contents, List<DocumentSummary> referencedBy,
            HistoryView history, String language) {
        this(document, body, contents, referencedBy, history, language, List.of(), "", AcknowledgementView.NONE);
    }

    /**
     * One entry of the language switcher.
     *
     * @param name    the language's name in that language ({@code Nederlands}, {@code Deutsch})
     * @param current whether it is the page being read
     */
    public record Translation(String language, String name, String url, boolean current) {
    }

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
