package io.github.isms.site;

import io.github.isms.output.AtomicDirectory;
import io.github.isms.diag.Diagnostics;
import io.github.isms.source.AssetFiles;
import io.github.isms.source.SourceFolder;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.Document;
import io.github.isms.render.RenderedDocument;
import io.github.isms.sign.DetachedSignature;
import io.github.isms.sign.SigningKey;
import io.github.isms.verify.Manifest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Builds the static site: renders the pages a chunk at a time and writes them, the theme's files
 * ({@code theme/}), the assets published documents use ({@code assets/}), register.csv,
 * the search index and the manifest with its signature into a fresh folder that replaces the old site in one step.
 * When anything fails, the previous site stays as it was.
 */
public final class SiteBuilder {

    private final SiteInputs inputs;
    private final SigningKey manifestKey;
    private final Instant signingTime;
    private Layout layout;
    private volatile Set<String> carried = Set.of();

    /** A builder whose manifest goes unsigned (isms:verify refuses to rely on it). */
    public SiteBuilder(SiteInputs inputs) {
        this(inputs, null, null);
    }

    /**
     * A builder that signs {@code manifest.json} with {@code manifestKey}, the key that signs the PDFs, claiming the
     * build's reference time {@code signingTime} as the PDFs do (moved into the certificate's validity), never the clock.
     */
    public SiteBuilder(SiteInputs inputs, SigningKey manifestKey, Instant signingTime) {
        this.inputs = inputs;
        this.manifestKey = manifestKey;
        this.signingTime = signingTime;
    }

    /** Builds the site into {@code siteDir}; theme problems become diagnostics and leave the old site alone. */
    public void build(Path siteDir, Diagnostics diagnostics) {
        build(siteDir, null, diagnostics);
    }

    /**
     * Builds the site into {@code siteDir}, writing over the previous build's files kept in
     * {@code spareDir} (null: every file is created anew), and keeps the replaced site there.
     */
    public void build(Path siteDir, Path spareDir, Diagnostics diagnostics) {
        Layout layout = layout();
        SiteModel model = layout.model();
        List<PageSource> sources = layout.sources();
        SiteChrome chrome = layout.chrome();
        Theme theme = layout.theme();
        SourceFolder isms = new SourceFolder(inputs.project().ismsDir());

        List<SitePage> pages = sources.stream().flatMap(s -> s.pages(model).stream()).toList();
        Diagnostics refused = new Diagnostics();
        Map<String, byte[]> themeFiles = themeFiles(theme, refused);
        if (themeFiles == null) {
            // Nothing is written, but every template failure is reported, before the theme's refused files.
            PageWriter dryRun = new PageWriter(theme, chrome, null);
            dryRun.write(pages);
            sources.forEach(source -> source.streamPages(model, batch -> dryRun.write(batch.pages())));
            dryRun.report(diagnostics);
            diagnostics.addAll(refused.all());
            return;
        }
        try {
            AtomicDirectory.replace(siteDir, spareDir, staging -> {
                SiteWriter out = new SiteWriter(staging);
                PageWriter pageWriter = new PageWriter(theme, chrome, out);
                pageWriter.write(pages);
                // Every earlier version's pages: made, rendered and written a batch at a time, then let go.
                Set<String> assets = new TreeSet<>(ProjectAssets.usedBy(
                        sources.stream().flatMap(source -> source.bodies(model).stream()).toList()));
                sources.forEach(source -> source.streamPages(model, batch -> {
                    pageWriter.write(batch.pages());
                    assets.addAll(ProjectAssets.usedBy(batch.bodies()));
                }));
                if (pageWriter.failed()) {
                    throw new TemplatesFailed(pageWriter);
                }
                carried = Set.copyOf(assets);
                themeFiles.forEach((name, bytes) -> out.write("theme/" + name, bytes));
                ProjectAssets.copy(new AssetFiles(isms), assets, out);
                sources.forEach(source -> source.writeFiles(model, out));
                out.write("register.csv", RegisterCsv.write(model.documents()));
                sources.forEach(source -> source.files(model).forEach(out::write));
                out.write(SearchIndex.PATH, stream -> SearchIndex.write(model, stream));
                byte[] manifest = new Manifest(out.digests(), inputs.provenance().fields()).json();
                out.write(Manifest.FILE_NAME, manifest);
                if (manifestKey != null) {
                    out.write(Manifest.SIGNATURE_FILE_NAME, DetachedSignature.of(manifest, manifestKey,
                            manifestKey.signingTime(signingTime)));
                }
                return out.digests().keySet();
            });
        } catch (TemplatesFailed e) {
            e.pages.report(diagnostics);
        }
    }

    /**
     * Document {@code id}'s page laid out again with {@code body} in place of the body it was built with, as a build
     * of these inputs with that body would write it; empty when the site has no page for the document, or the body
     * uses an asset the site built last does not carry. The model,
     * chrome and theme are made once per builder and kept, so that a preview can update one page at once after an
     * edit of one body.
     */
    public Optional<SiteFile> documentPage(String id, RenderedDocument body) {
        Layout layout = layout();
        Optional<Document> document = inputs.project().document(id);
        Optional<DocumentSummary> summary = layout.model().document(id);
        if (document.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        if (!carried.containsAll(ProjectAssets.usedBy(List.of(body.html())))) {
            return Optional.empty(); // the site carries only the assets its bodies use: the build copies the new one
        }
        SitePage page = CorePages.documentPage(layout.model(), document.get(), summary.get(), body);
        try {
            return Optional.of(new SiteFile(page.path(), layout.theme().render(page, layout.chrome())));
        } catch (Theme.ThemeException e) {
            return Optional.empty(); // the next full build reports it
        }
    }

    /** A page of the site: its path relative to the site root and its HTML. */
    public record SiteFile(String path, String html) {
    }

    /** What every page of one build is laid out with. */
    private record Layout(SiteModel model, List<PageSource> sources, SiteChrome chrome, Theme theme) {
    }

    private synchronized Layout layout() {
        if (layout == null) {
            SiteModel model = SiteModel.of(inputs);
            List<PageSource> sources = new ArrayList<>();
            sources.add(new CorePages());
            sources.addAll(inputs.pageSources());
            List<NavLink> links = sources.stream().flatMap(s -> s.navLinks().stream()).toList();
            Map<String, List<NavLink>> downloads = new HashMap<>();
            sources.forEach(s -> s.downloads(model).forEach((page, files) ->
                    downloads.computeIfAbsent(page, k -> new ArrayList<>()).addAll(files)));
            SiteChrome chrome = new SiteChrome(model.organization(), model.labels().siteLanguage(), model.publishLimit(), links,
                    model.groups(), downloads, inputs.provenance());
            Theme theme = new Theme(inputs.project().projectDir(), new SourceFolder(inputs.project().ismsDir()), model.labels());
            layout = new Layout(model, List.copyOf(sources), chrome, theme);
        }
        return layout;
    }

    /** A template failed while the pages were written: the staging folder is dropped, the old site stays. */
    private static final class TemplatesFailed extends RuntimeException {
        private final transient PageWriter pages;

        TemplatesFailed(PageWriter pages) {
            super("a template failed", null, false, false);
            this.pages = pages;
        }
    }

    /**
     * Renders pages and writes them a chunk at a time, so that only one chunk's HTML is held at once. Pages
     * are independent files; rendering, writing and hashing them in parallel keeps large ISMSs fast. After a
     * template failed nothing more is written, but the pages are still rendered, so that every failure is
     * reported (once) and not only the first.
     */
    private static final class PageWriter {
        private static final int CHUNK = 256;

        private final Theme theme;
        private final SiteChrome chrome;
        private final SiteWriter out;
        private final Map<String, Theme.ThemeException> failures = new TreeMap<>();

        /** @param out where the pages go; null only renders them */
        PageWriter(Theme theme, SiteChrome chrome, SiteWriter out) {
            this.theme = theme;
            this.chrome = chrome;
            this.out = out;
        }

        /** Renders and writes {@code pages}; of two with the same path, the later one is the page. */
        void write(List<SitePage> pages) {
            Map<String, SitePage> byPath = new LinkedHashMap<>();
            pages.forEach(page -> byPath.put(page.path(), page));
            List<SitePage> unique = List.copyOf(byPath.values());
            for (int from = 0; from < unique.size(); from += CHUNK) {
                List<SitePage> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
                List<String> html = chunk.parallelStream().map(this::render).toList();
                if (out != null && !failed()) {
                    IntStream.range(0, chunk.size()).parallel().forEach(i -> out.write(chunk.get(i).path(), html.get(i)));
                }
            }
        }

        private String render(SitePage page) {
            try {
                return theme.render(page, chrome);
            } catch (Theme.ThemeException e) {
                synchronized (failures) {
                    failures.putIfAbsent(e.at() + ": " + e.getMessage(), e);
                }
                return null;
            }
        }

        boolean failed() {
            synchronized (failures) {
                return !failures.isEmpty();
            }
        }

        void report(Diagnostics diagnostics) {
            failures.values().forEach(e -> diagnostics.report(e.code(), e.at(), e.getMessage()));
        }
    }

    /** The theme's static files by name, or null when one was refused (each reported), before anything is written. */
    private static Map<String, byte[]> themeFiles(Theme theme, Diagnostics diagnostics) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        boolean refused = false;
        for (String name : Theme.ASSETS) {
            try {
                files.put(name, theme.asset(name));
            } catch (Theme.ThemeException e) {
                diagnostics.report(e.code(), e.at(), e.getMessage());
                refused = true;
            }
        }
        return refused ? null : files;
    }
}
