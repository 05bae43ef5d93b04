package io.github.isms.site;

import java.util.List;

/**
 * Some pages of a source that streams its pages (see {@link PageSource#streamPages}), with the document bodies
 * among them, whose assets the site carries.
 */
public record PageBatch(List<SitePage> pages, List<String> bodies) {

    public PageBatch {
        pages = List.copyOf(pages);
        bodies = List.copyOf(bodies);
    }
}
