package io.github.isms.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files published beside the pages, one per published document (its signed PDF, its Word file), each
 * offered for download from its document's page. A subclass says where a document's file goes and how
 * its link reads, and may carry further files (earlier versions, the SoA) that it links itself.
 */
public abstract class DocumentFiles implements PageSource {

    private final Map<String, byte[]> files;

    /** @param files every file by path relative to the site root */
    protected DocumentFiles(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    /** Where the file of document {@code id} is published, relative to the site root. */
    protected abstract String fileOf(String id);

    /** The download link to {@code path} that a page shows. */
    protected abstract NavLink link(String path);

    /** Whether a file was made for {@code path}. */
    protected final boolean has(String path) {
        return files.containsKey(path);
    }

    @Override
    public final List<SitePage> pages(SiteModel model) {
        return List.of();
    }

    @Override
    public final Map<String, byte[]> files(SiteModel model) {
        return files;
    }

    /** Each document's page links its file; a subclass adds the links of its further files. */
    @Override
    public Map<String, List<NavLink>> downloads(SiteModel model) {
        Map<String, List<NavLink>> links = new HashMap<>();
        for (DocumentSummary d : model.documents()) {
            if (has(fileOf(d.id()))) {
                links.put(d.url(), List.of(link(fileOf(d.id()))));
            }
        }
        return links;
    }
}
