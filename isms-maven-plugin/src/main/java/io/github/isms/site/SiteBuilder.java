package io.github.isms.site;

import io.github.isms.output.AtomicDirectory;
import io.github.isms.diag.Diagnostics;
import io.github.isms.source.AssetFiles;
import io.github.isms.source.SourceFolder;
import io.github.isms.diag.SourcePosition;
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
import java.util.TreeMap;

/**
 * Builds the static site: renders every page in memory, then writes pages, the theme's files
 * ({@code theme/}), the assets published documents use ({@code assets/}), register.csv,
 * the search index and the manifest with its signature into a fresh folder that replaces the old site in one step.
 * When anything fails, the previous site stays as it was.
 */
public final class SiteBuilder {

    private final SiteInputs inputs;
    private final SigningKey manifestKey;
    private final Instant signingTime;

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
        SiteModel model = SiteModel.of(inputs);
        List<PageSource> sources = new ArrayList<>();
        sources.add(new CorePages());
        sources.addAll(inputs.pageSources());
        List<NavLink> links = sources.stream().flatMap(s -> s.navLinks().stream()).toList();
        Map<String, List<NavLink>> downloads = new HashMap<>();
        sources.forEach(s -> s.downloads(model).forEach((page, files) ->
                downloads.computeIfAbsent(page, k -> new ArrayList<>()).addAll(files)));
        SiteChrome chrome = new SiteChrome(model.organization(), model.labels().siteLanguage(), model.publishLimit(), links, model.groups(), downloads,
                inputs.provenance());
        Path ismsDir = inputs.project().ismsDir();
        SourceFolder isms = new SourceFolder(ismsDir);
        Theme theme = new Theme(inputs.project().projectDir(), isms, model.labels());

        List<SitePage> pages = sources.stream().flatMap(s -> s.pages(model).stream()).toList();
        Map<String, String> html = render(pages, theme, chrome, diagnostics);
        Map<String, byte[]> themeFiles = themeFiles(theme, diagnostics);
        if (html == null || themeFiles == null) {
            return;
        }
        AtomicDirectory.replace(siteDir, spareDir, staging -> {
            SiteWriter out = new SiteWriter(staging);
            // Pages are independent files; writing and hashing them in parallel keeps large ISMSs fast.
            html.entrySet().parallelStream().forEach(page -> out.write(page.getKey(), page.getValue()));
            themeFiles.forEach((name, bytes) -> out.write("theme/" + name, bytes));
            ProjectAssets.copy(new AssetFiles(isms), ProjectAssets.usedBy(
                    sources.stream().flatMap(source -> source.bodies(model).stream()).toList()), out);
            sources.forEach(source -> source.writeFiles(model, out));
            out.write("register.csv", RegisterCsv.write(model.documents()));
            sources.forEach(source -> source.files(model).forEach(out::write));
            out.write(SearchIndex.PATH, SearchIndex.write(model));
            byte[] manifest = new Manifest(out.digests(), inputs.provenance().fields()).json();
            out.write(Manifest.FILE_NAME, manifest);
            if (manifestKey != null) {
                out.write(Manifest.SIGNATURE_FILE_NAME, DetachedSignature.of(manifest, manifestKey,
                        manifestKey.signingTime(signingTime)));
            }
            return out.digests().keySet();
        });
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

    /** Every page's HTML by path, or null when a template failed (each failure reported once). */
    private static Map<String, String> render(List<SitePage> pages, Theme theme, SiteChrome chrome, Diagnostics diagnostics) {
        Map<String, Theme.ThemeException> failures = new TreeMap<>();
        List<String> rendered = pages.parallelStream().map(page -> {
            try {
                return theme.render(page, chrome);
            } catch (Theme.ThemeException e) {
                synchronized (failures) {
                    failures.putIfAbsent(e.at() + ": " + e.getMessage(), e);
                }
                return null;
            }
        }).toList();
        if (!failures.isEmpty()) {
            failures.values().forEach(e -> diagnostics.report(e.code(), e.at(), e.getMessage()));
            return null;
        }
        Map<String, String> html = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            html.put(pages.get(i).path(), rendered.get(i));
        }
        return html;
    }
}
