package io.github.isms.docx;

import io.github.isms.model.Document;
import io.github.isms.output.FileCache;
import io.github.isms.pdf.SitePdfs;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.NavLink;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every published document as a Word file, {@code docs/<ID>/<ID>.docx}, for reviewers and auditors who
 * work in Word: the content and document-control block of its PDF. The files join the site's manifest
 * like every other file, so {@code isms:verify} checks them. They are not signed: the signed PDF stays
 * the controlled copy, as the cover says.
 */
public final class SiteDocx implements PageSource {

    static final String LABEL = "Word document";

    private final Map<String, byte[]> files;

    private SiteDocx(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    /** The inputs with a Word file for every published document. */
    public static SiteInputs addTo(SiteInputs inputs) {
        return addTo(inputs, FileCache.none());
    }

    /**
     * The inputs with a Word file for every published document, taking from {@code cache} each file whose
     * content (body, control block, marking, language, keywords, date) an earlier build made it from: a
     * Word file is a function of its {@link WordDocument.Content} alone.
     */
    public static SiteInputs addTo(SiteInputs inputs, FileCache cache) {
        SiteModel model = SiteModel.of(inputs);
        Map<String, byte[]> files = new TreeMap<>();
        // Each file is independent of the others: they are written in parallel.
        inputs.project().documents().parallelStream().filter(d -> model.published(d.id())).forEach(d -> {
            WordDocument.Content content = content(model, d);
            byte[] bytes = cache.get(pathOf(d.id()), content, () -> WordDocument.of(content));
            synchronized (files) {
                files.put(pathOf(d.id()), bytes);
            }
        });
        cache.prune();
        return inputs.withPageSource(new SiteDocx(files));
    }

    static WordDocument.Content content(SiteModel model, Document d) {
        return new WordDocument.Content(SitePdfs.controlBlock(model, d), model.inputs().body(d.id()).html(),
                SitePdfs.marking(model, d), SitePdfs.language(d), SitePdfs.keywords(d), SitePdfs.created(model, d));
    }

    /** Where a document's Word file is published, relative to the site root. */
    public static String pathOf(String id) {
        return "docs/" + id + "/" + id + ".docx";
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        return List.of();
    }

    @Override
    public Map<String, byte[]> files(SiteModel model) {
        return files;
    }

    @Override
    public Map<String, List<NavLink>> downloads(SiteModel model) {
        Map<String, List<NavLink>> links = new HashMap<>();
        for (DocumentSummary d : model.documents()) {
            if (files.containsKey(pathOf(d.id()))) {
                links.put(d.url(), List.of(new NavLink(LABEL, pathOf(d.id()))));
            }
        }
        return links;
    }
}
