package io.github.isms.docx;

import io.github.isms.model.Document;
import io.github.isms.output.FileCache;
import io.github.isms.output.FileSpool;
import io.github.isms.pdf.SitePdfs;
import io.github.isms.site.DocumentFiles;
import io.github.isms.site.NavLink;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every published document as a Word file, {@code docs/<ID>/<ID>.docx}, for reviewers and auditors who
 * work in Word: the content and document-control block of its PDF. The files join the site's manifest
 * like every other file, so {@code isms:verify} checks them. They are not signed: the signed PDF stays
 * the controlled copy, as the cover says.
 */
public final class SiteDocx extends DocumentFiles {

    static final String LABEL = "Word document";

    private SiteDocx(Map<String, Path> files) {
        super(files);
    }

    /**
     * The inputs with a Word file for every published document, taking from {@code cache} each file whose
     * content (body, control block, marking, language, keywords, date, and the pictures of the body's images,
     * looked up before) an earlier build made it from: a Word file is a function of that content alone.
     *
     * Each file goes into {@code spool} as soon as it is made, and the site copies it from there.
     *
     * @param notes told, in the order of the files, of every image a Word file shows by its alt text only
     */
    public static SiteInputs addTo(SiteInputs inputs, FileCache cache, FileSpool spool, Consumer<String> notes) {
        SiteModel model = SiteModel.of(inputs);
        Map<String, Path> files = new TreeMap<>();
        Map<String, List<String>> notesByFile = new TreeMap<>();
        // Each file is independent of the others: they are written in parallel.
        inputs.project().documents().parallelStream().filter(d -> model.published(d.id())).forEach(d -> {
            List<String> own = new ArrayList<>();
            WordDocument.Content content = content(model, d, own::add);
            byte[] bytes = cache.get(pathOf(d.id()), content, () -> WordDocument.of(content));
            Path spooled = spool.put(pathOf(d.id()), bytes);
            synchronized (files) {
                files.put(pathOf(d.id()), spooled);
                notesByFile.put(pathOf(d.id()), own);
            }
        });
        notesByFile.values().forEach(n -> n.stream().distinct().forEach(notes));
        cache.prune();
        return inputs.withPageSource(new SiteDocx(files));
    }

    static WordDocument.Content content(SiteModel model, Document d, Consumer<String> notes) {
        String body = model.inputs().body(d.id()).html();
        // Looked up here, not while the file is made, so that a file taken from the cache still tells its notes.
        return new WordDocument.Content(SitePdfs.controlBlock(model, d), body, SitePdfs.marking(model, d),
                SitePdfs.language(d), SitePdfs.keywords(d), SitePdfs.created(model, d),
                BodyImages.of(body, new WordImages(SitePdfs.images(model, d.id()), pathOf(d.id()), notes)));
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
