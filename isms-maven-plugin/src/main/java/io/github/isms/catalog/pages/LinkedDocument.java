package io.github.isms.catalog.pages;

import io.github.isms.model.Document;
import io.github.isms.site.SiteModel;

/**
 * A document as catalog pages list it. A document the site does not publish (classified above
 * {@code site.publish}) is named by id only, with no link and no title.
 *
 * @param url its page relative to the site root, or {@code ""} when it is not published
 */
public record LinkedDocument(String id, String title, String url) {

    static LinkedDocument of(Document document, SiteModel model) {
        return model.document(document.id())
                .map(d -> new LinkedDocument(d.id(), d.title(), d.url()))
                .orElse(new LinkedDocument(document.id(), "", ""));
    }

    public boolean published() {
        return !url.isEmpty();
    }
}
