package io.github.isms.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Files published beside the pages, one per published document (its signed PDF, its Word file), each
 * offered for download from its document's page. A subclass says where a document's file goes and how
 * its link reads, and may carry further files (earlier versions, the SoA) that it links itself.
 *
 * <p>The files wait on disk, where they were spooled as they were made ({@code output.FileSpool}), and are copied
 * into the site one at a time: thousands of PDFs and Word files do not fit in memory together.
 */
public abstract class DocumentFiles implements PageSource {

    private final SortedMap<String, Path> files;

    /** @param files where each file waits, by its path relative to the site root */
    protected DocumentFiles(Map<String, Path> files) {
        this.files = new TreeMap<>(files);
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

    /** Where each file waits until the site is written, by its path relative to the site root. */
    public final SortedMap<String, Path> spooled() {
        return new TreeMap<>(files);
    }

    @Override
    public final void writeFiles(SiteModel model, SiteFiles out) {
        files.forEach((path, file) -> {
            try {
                out.write(path, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("can not read the spooled " + file, e);
            }
        });
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
