package io.github.isms.site;

import io.github.isms.i18n.Labels;

/**
 * One HTML page of the site. Adding a page to the site is a Pebble template plus a small record
 * implementing this; the layout sees the record as {@code page}.
 */
public interface SitePage {

    /** Where the page is written, relative to the site root, with {@code /} (for example {@code docs/POL-001/index.html}). */
    String path();

    /** The template that renders it, by name without {@code .peb}; a theme template of that name wins. */
    String template();

    /** The page title, for {@code <title>} and the main heading. */
    String title();

    /** The title in the page's words, for {@code <title>}; a page whose title is a label says it in the reader's language. */
    default String titleIn(Labels labels) {
        return title();
    }

    /** The language of the page's own words (a document's {@code language}); {@code ""} is the site's. */
    default String language() {
        return "";
    }
}
