package io.github.isms.site;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Contributes pages (and header links to them) to the site. The built-in pages come from
 * {@link CorePages}; a feature such as the control catalog or the SoA adds its own source to
 * {@link SiteInputs#pageSources()}.
 */
public interface PageSource {

    List<SitePage> pages(SiteModel model);

    /**
     * Pages too many to hold at once (every earlier version of every document), handed to {@code each} a batch
     * at a time after the pages of {@link #pages}: each batch is rendered and written before the next one is
     * made, and nothing of it is kept but the assets its bodies use.
     */
    default void streamPages(SiteModel model, Consumer<PageBatch> each) {
    }

    /**
     * Writes the files this source adds besides pages (PDFs, exports); called after the pages are
     * rendered, before the manifest is written.
     */
    default void writeFiles(SiteModel model, SiteFiles out) {
    }

    /** Links this source adds to the header navigation, in order. */
    default List<NavLink> navLinks() {
        return List.of();
    }

    /** Files offered for download from pages (for example a document's signed PDF), by page path. */
    default Map<String, List<NavLink>> downloads(SiteModel model) {
        return Map.of();
    }

    /**
     * The document bodies this source publishes, as rendered for {@code docs/<ID>/}: the site
     * carries every file under {@code assets/} that one of them uses, and no other.
     */
    default List<String> bodies(SiteModel model) {
        return List.of();
    }

    /** Files besides pages (for example {@code soa.csv}), by path relative to the site root. */
    default Map<String, byte[]> files(SiteModel model) {
        return Map.of();
    }
}
