package io.github.isms.site;

import java.util.List;
import java.util.Set;

/**
 * A document body as the site needs it: safe HTML (links relative to {@code docs/<ID>/index.html}),
 * its headings for the table of contents, the ids of the documents it references, and its plain
 * text for the search index.
 */
public record SiteBody(String html, List<Heading> headings, Set<String> references, String text) {

    /** A heading of the body: its level (1 to 6), its anchor id and its text. */
    public record Heading(int level, String id, String text) {
    }

    public SiteBody {
        headings = List.copyOf(headings);
        references = Set.copyOf(references);
    }
}
