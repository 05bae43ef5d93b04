package io.github.isms.docx;

import io.github.isms.model.Document;
import io.github.isms.pdf.SitePdfs;
import io.github.isms.site.DocumentFiles;
import io.github.isms.site.NavLink;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every published document as a Word file, {@code docs/<ID>/<ID>.docx}, for reviewers and auditors who
 * work in Word: the content and document-control block of its PDF. The files join the site's manifest
 * like every other file, so {@code isms:verify} checks them. They are not signed: the signed PDF stays
 * the controlled copy, as the cover says.
 */
public final class SiteDocx extends DocumentFiles {

    static final String LABEL = "Word document";

    private SiteDocx(Map<String, byte[]> files) {
        super(files);
    }

    /** The inputs with a Word file for every published document. */
    public static SiteInputs addTo(SiteInputs inputs) {
        SiteModel model = SiteModel.of(inputs);
        Map<String, byte[]> files = new TreeMap<>();
        // Each file is independent of the others: they are written in parallel.
        inputs.project().documents().parallelStream().filter(d -> model.published(d.id())).forEach(d -> {
            byte[] bytes = WordDocument.of(content(model, d));
            synchronized (files) {
                files.put(pathOf(d.id()), bytes);
            }
        });
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
    protected String fileOf(String id) {
        return pathOf(id);
    }

    @Override
    protected NavLink link(String path) {
        return new NavLink(LABEL, path);
    }
}
