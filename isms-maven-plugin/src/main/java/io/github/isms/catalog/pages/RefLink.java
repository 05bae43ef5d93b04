package io.github.isms.catalog.pages;

import io.github.isms.catalog.CatalogSet;

/**
 * A clause or control as a link to its page ({@code 6.1.3(d)} links to clause 6.1.3's page).
 *
 * @param url relative to the site root, or {@code ""} when the site has no page for it
 */
public record RefLink(String label, String url) {

    static RefLink of(String reference, CatalogSet catalogs) {
        if (catalogs.control(reference).isPresent()) {
            return new RefLink(reference, ControlPage.pathOf(reference));
        }
        return catalogs.clause(reference)
                .map(c -> new RefLink(reference, ClausePage.pathOf(c.id())))
                .orElse(new RefLink(reference, ""));
    }
}
