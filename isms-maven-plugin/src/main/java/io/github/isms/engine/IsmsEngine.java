package io.github.isms.engine;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.CatalogTargets;
import io.github.isms.catalog.pages.CatalogPages;
import io.github.isms.catalog.pages.SoaRedlinePage;
import io.github.isms.catalog.pages.SoaRedlines;
import io.github.isms.check.CatalogRules;
import io.github.isms.check.DocumentRules;
import io.github.isms.check.RiskRules;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.DiagnosticsJson;
import io.github.isms.model.IsmsProject;
import io.github.isms.pdf.SitePdfs;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.render.RenderedDocuments;
import io.github.isms.risk.RiskReader;
import io.github.isms.risk.RiskRegister;
import io.github.isms.risk.pages.RiskPages;
import io.github.isms.site.SiteBuilder;
import io.github.isms.site.EarlierVersion;
import io.github.isms.site.HistoryViews;
import io.github.isms.site.Provenance;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SupersededPages;
import io.github.isms.source.ProjectLoader;
import io.github.isms.xref.ReferenceTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The plugin's front door, free of Maven: load the ISMS, check it, and (later) build its outputs.
 * Every problem becomes a diagnostic in the result; exceptions are left for bugs.
 */
public final class IsmsEngine {

    /** Loads and validates everything; writes {@code diagnostics.json} into the output folder. */
    public BuildResult check(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject project = new ProjectLoader(request.layout()).load(diagnostics);
        CompletableFuture<Diagnosed<DocumentControl>> history = readControlMeanwhile(project, request);
        Checked checked = checkAndRender(project, diagnostics);
        DocumentControl control = awaited(history).into(diagnostics);
        control.reportSoa(checked.catalog().soaFile(), request.history(), diagnostics);
        return finish(request, project, diagnostics, control.notes());
    }

    /**
     * Checks everything, then builds the site into {@code request.site().siteDir()}. With errors,
     * nothing is written there: the last good site stays as it was.
     */
    public BuildResult site(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject project = new ProjectLoader(request.layout()).load(diagnostics);
        CompletableFuture<Diagnosed<DocumentControl>> history = readControlMeanwhile(project, request);
        Checked checked = checkAndRender(project, diagnostics);
        DocumentControl control = awaited(history).into(diagnostics);
        control.reportSoa(checked.catalog().soaFile(), request.history(), diagnostics);
        if (!diagnostics.hasErrors()) {
            // History first: the catalog's pages mark drafts that implement controls, and do not count them.
            SiteInputs inputs = withHistory(SiteInputs.of(project, checked.rendered())
                    .withProvenance(provenance(control)), control, request, referenceTargets(checked.catalog()));
            inputs = CatalogPages.addTo(inputs, checked.catalog(), checked.risks());
            inputs = RiskPages.addTo(inputs, checked.risks());
            if (request.site().pdf()) {
                inputs = SitePdfs.addTo(inputs, checked.catalog(), request.site().signing(), control.reference(),
                        request.history().requireApproval(), diagnostics);
            }
            if (!diagnostics.hasErrors()) {
                new SiteBuilder(inputs).build(request.site().siteDir(), request.site().spareDir(), diagnostics);
            }
        }
        return finish(request, project, diagnostics, control.notes());
    }

    /*
     * Reading git history (or finding that there is none) needs only the loaded project and works
     * on one thread; it runs on its own thread while the documents render on the others, with its
     * own diagnostics, merged once both are done.
     */
    private static CompletableFuture<Diagnosed<DocumentControl>> readControlMeanwhile(IsmsProject project, BuildRequest request) {
        CompletableFuture<Diagnosed<DocumentControl>> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                Diagnostics own = new Diagnostics();
                result.complete(new Diagnosed<>(DocumentControl.read(project, request, own), own));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "isms-document-control");
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    /** The future's value; what it threw is thrown here as it was. */
    private static <T> T awaited(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** A value with the diagnostics found while working it out. */
    private record Diagnosed<T>(T value, Diagnostics diagnostics) {

        T into(Diagnostics all) {
            all.addAll(diagnostics.all());
            return value;
        }
    }

    /** What checking found that building needs: the catalogs and SoA, the risk register, and the rendered bodies. */
    private record Checked(CatalogModel catalog, RiskRegister risks, RenderedDocuments rendered) {
    }

    private static Checked checkAndRender(IsmsProject project, Diagnostics diagnostics) {
        DocumentRules.check(project, diagnostics);
        CatalogModel catalog = CatalogModel.load(project, diagnostics);
        CatalogRules.check(project, catalog, diagnostics);
        RiskRegister risks = RiskReader.read(project, diagnostics);
        RiskRules.check(risks, catalog.catalogs(), catalog.soaFile(), diagnostics);
        return new Checked(catalog, risks, new DocumentRenderer().renderAll(project, referenceTargets(catalog), diagnostics));
    }

    /** Where this build comes from, before anything is signed. */
    private static Provenance provenance(DocumentControl control) {
        return Provenance.unsigned(control.commit().orElse(""), control.reference().map(LocalDate::toString).orElse(""),
                PluginVersion.get());
    }

    /** The controls and clauses {@code [[A.5.15]]} and {@code [[7.5.3]]} may name; the catalog supplies them. */
    private static ReferenceTargets referenceTargets(CatalogModel catalog) {
        return new CatalogTargets(catalog.catalogs());
    }

    /** The site inputs with what git history establishes: states, revision tables, panels, superseded versions. */
    private static SiteInputs withHistory(SiteInputs inputs, DocumentControl control, BuildRequest request,
            ReferenceTargets targets) {
        IsmsProject project = inputs.project();
        if (control.history() == null) {
            HistoryViews views = HistoryViews.unavailable(project, control.unavailable());
            return inputs.withHistories(views.histories(), views.panelsOver(inputs.panels()));
        }
        EarlierVersions.Archive archive = EarlierVersions.of(project, control.history(), inputs.bodies(), targets,
                request.layout().documentsDir());
        List<EarlierVersion> earlier = archive.versions();
        HistoryViews views = HistoryViews.of(project, control.history(), control.reference(), earlier);
        List<SoaRedlinePage> soaRedlines = List.of();
        if (control.soaHistory().isPresent()) {
            soaRedlines = EarlierVersions.soaRedlines(control.soaHistory().get(), project.ismsDir());
            Map<String, String> urls = new HashMap<>();
            soaRedlines.forEach(p -> urls.put(p.version(), p.path()));
            views = views.withSoa(control.soaHistory().get(), control.soa().source(), urls);
        }
        return inputs.withHistories(views.histories(), views.panelsOver(inputs.panels()))
                .withPageSource(new SupersededPages(earlier, archive.redlines())).withPageSource(new SoaRedlines(soaRedlines));
    }

    private static BuildResult finish(BuildRequest request, IsmsProject project, Diagnostics diagnostics,
            List<String> notes) {
        BuildResult result = new BuildResult(project, diagnostics.all(), notes);
        writeDiagnostics(request, result);
        return result;
    }

    private static void writeDiagnostics(BuildRequest request, BuildResult result) {
        try {
            DiagnosticsJson.write(result.diagnostics(), request.outputDir().resolve("diagnostics.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("can not write diagnostics.json", e);
        }
    }
}
