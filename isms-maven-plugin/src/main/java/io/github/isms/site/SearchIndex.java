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


    /** One searchable document; {@code url} is relative to the site root. */
    record Entry(String id, String title, String type, String url, String text) {
    }

    private SearchIndex() {
    }

    static String write(SiteModel model) {
        // Each entry's text is independent and the texts are the bulk of the index: normalised in parallel, kept in order.
        List<Entry> entries = model.documents().parallelStream()
                .map(d -> new Entry(d.id(), d.title(), d.typeLabel(), d.url(), normalise(model.inputs().body(d.id()).text())))
                .toList();
        return "window.ISMS_SEARCH_INDEX = " + JsonWriter.compact(entries) + ";\n";
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The characters of the regular expression \s: runs of them become one space.
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().strip();
    }
}
