package io.github.isms.site;

/**
 * Where a {@link PageSource} writes files that are not pages (a document's PDF, a CSV export).
 * Everything written here lands in the same staging folder as the pages, so it is listed in
 * {@code manifest.json} and replaces the old site together with them, or not at all.
 */
public interface SiteFiles {

    /** Writes {@code bytes} to {@code path}, relative to the site root with {@code /}. */
    void write(String path, byte[] bytes);
}
