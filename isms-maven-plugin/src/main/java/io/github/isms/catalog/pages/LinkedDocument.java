package io.github.isms.catalog.pages;

import io.github.isms.model.Document;
import io.github.isms.site.SiteModel;

/**
 * A document as catalog pages list it. A document the site does not publish (classified above
 * {@code site.publish}) is named by id only, with no link and no title.
 *
 * @param url  its page relative to the site root, or {@code ""} when it is not published
 * @param mark {@code draft} or {@code retired} for a document that lists a control without being in
 *             force (it does not count as implementing it), else {@code ""}
 */
public record LinkedDocument(String id, String title, String url, String mark) {

    public LinkedDocument(String id, String title, String url) {
        this(id, title, url, "");
    }

    static LinkedDocument of(Document document, SiteModel model) {
        return model.document(document.id())
                .map(d -> new LinkedDocument(d.id(), d.title(), d.url()))
                .orElse(new LinkedDocument(document.id(), "", ""));
    }

    /** A document that lists a control, marked when it is a draft or retired. */
    static LinkedDocument implementing(Document document, SiteModel model) {
        LinkedDocument linked = of(document, model);
        String mark = document.retired() ? "retired" : model.inputs().history(document.id()).draft() ? "draft" : "";
        return new LinkedDocument(linked.id(), linked.title(), linked.url(), mark);
    }

    public boolean published() {
        return !url.isEmpty();
    }

    /** Whether it counts as implementing: neither a draft nor retired. */
    public boolean counts() {
        return mark.isEmpty();
    }
}
