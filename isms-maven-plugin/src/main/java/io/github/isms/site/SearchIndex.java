package io.github.isms.site;

import io.github.isms.json.JsonWriter;
import java.util.List;

/**
 * {@code search-index.js}: every published document's id, title, type, address and plain text,
 * assigned to a global. A script file and not JSON, because browsers refuse {@code fetch()} under
 * {@code file://}, while a {@code <script src>} loads from a folder and from any web server alike.
 */
final class SearchIndex {

    static final String PATH = "search-index.js";


    /**
     * One searchable document; {@code url} is relative to the site root. A retired document is marked, and
     * the search page leaves it out unless the reader asks for retired documents too.
     */
    record Entry(String id, String title, String type, String url, String text, boolean retired) {
    }

    private SearchIndex() {
    }

    static String write(SiteModel model) {
        // The sanitizer's text already has each run of whitespace as one space.
        List<Entry> entries = model.documents().stream()
                .map(d -> new Entry(d.id(), d.title(), d.typeLabel(), d.url(), model.inputs().body(d.id()).text(),
                        "retired".equals(d.status())))
                .toList();
        return "window.ISMS_SEARCH_INDEX = " + JsonWriter.compact(entries) + ";\n";
    }
}
