package io.github.isms.site;

import io.github.isms.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code search-index.js}: every published document's id, title, type, address and plain text,
 * assigned to a global. A script file and not JSON, because browsers refuse {@code fetch()} under
 * {@code file://}, while a {@code <script src>} loads from a folder and from any web server alike.
 *
 * <p>It holds the text of every document, tens of megabytes for thousands of documents, so it is written an
 * entry at a time and never made whole in memory.
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

    /** Writes the index to {@code out} in UTF-8: the JSON array of the entries, one document's entry made at a time. */
    static void write(SiteModel model, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write("window.ISMS_SEARCH_INDEX = [");
        boolean first = true;
        for (DocumentSummary d : model.documents()) {
            // The sanitizer's text already has each run of whitespace as one space.
            Entry entry = new Entry(d.id(), d.title(), d.typeLabel(), d.url(), model.inputs().body(d.id()).text(),
                    "retired".equals(d.status()));
            text.write(first ? "" : ",");
            text.write(JsonWriter.compact(entry));
            first = false;
        }
        text.write("];\n");
        text.flush();
    }
}
