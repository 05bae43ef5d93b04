package io.github.isms.engine;

import io.github.isms.acknowledgement.AcknowledgementReader;
import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.acknowledgement.pages.AcknowledgementPanel;
import io.github.isms.check.EvidenceRules;
import io.github.isms.evidence.EvidenceReader;
import io.github.isms.evidence.EvidenceRegister;
import io.github.isms.evidence.pages.EvidenceFiles;
import io.github.isms.catalog.CatalogModel;
import io.github.isms.changes.ChangeReportRequest;
import io.github.isms.changes.ChangeReportResult;
import io.github.isms.changes.PullRequestChanges;
import io.github.isms.check.CheckResult;
import io.github.isms.codeowners.CodeownersRequest;
import io.github.isms.codeowners.CodeownersResult;
import io.github.isms.codeowners.CodeownersWriter;
import io.github.isms.init.InitRequest;
import io.github.isms.init.InitResult;
import io.github.isms.init.Initializer;
import io.github.isms.init.TemplateSet;
import io.github.isms.verify.PackVerifier;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.verify.TrustPolicy;
import io.github.isms.verify.VerificationResult;
import io.github.isms.catalog.CatalogTargets;
import io.github.isms.catalog.MandatoryCoverage;
import io.github.isms.catalog.pages.CatalogPages;
import io.github.isms.catalog.pages.SoaRedlinePage;
import io.github.isms.catalog.pages.SoaRedlines;
import io.github.isms.check.CatalogRules;
import io.github.isms.check.DocumentRules;
import io.github.isms.check.MandatoryDocumentRules;
import io.github.isms.check.TranslationRules;
import io.github.isms.check.RiskRules;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.DiagnosticsJson;
import io.github.isms.diag.SourcePosition;
import io.github.isms.docx.SiteDocx;
import io.github.isms.model.IsmsProject;
import io.github.isms.pack.AuditPack;
import io.github.isms.pdf.SitePdfs;
import io.github.isms.platform.ApprovalRecorder;
import io.github.isms.platform.PlatformAccess;
import io.github.isms.platform.PlatformClient;
import io.github.isms.platform.PlatformException;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.render.RenderCache;
import io.github.isms.render.RenderMemory;
import io.github.isms.render.RenderedDocuments;
import io.github.isms.readiness.Readiness;
import io.github.isms.readiness.ReadinessFacts;
import io.github.isms.readiness.ReadinessPanel;
import io.github.isms.risk.RiskReader;
import io.github.isms.risk.RiskRegister;
import io.github.isms.risk.pages.RiskPages;
import io.github.isms.sign.SigningKey;
import io.github.isms.output.FileCache;
import io.github.isms.output.FileSpool;
import io.github.isms.output.OutputLock;
import io.github.isms.site.SiteBuilder;
import io.github.isms.site.HistoryViews;
import io.github.isms.site.Provenance;
import io.github.isms.site.SiteInputs;
import io.github.isms.history.pages.SupersededPages;
import io.github.isms.history.pages.VersionArchive;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceMemory;
import io.github.isms.wordimport.ImportRequest;
import io.github.isms.wordimport.ImportResult;
import io.github.isms.wordimport.WordImporter;
import io.github.isms.xref.ReferenceTargets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The plugin's front door, free of Maven: load the ISMS, check it, and (later) build its outputs.
 * Every problem becomes a diagnostic in the result; exceptions are left for bugs.
 */
public final class IsmsEngine {

    /*
     * What the builds of this engine read and rendered, kept for the next: isms:serve builds again with
     * the same engine on every save. One engine serves one ISMS at a time (one goal, one project).
     */
    private final SourceMemory sources = SourceMemory.empty();
    private final RenderMemory rendered = RenderMemory.empty();

    /**
     * Imports Word files as documents (isms:import): writes new files under the ISMS folder only,
     * never over existing ones; each file that can not be imported is one diagnostic.
     */
    public ImportResult importWord(ImportRequest request) {
        return new WordImporter().run(request);
    }

    /** Loads and validates everything; writes {@code diagnostics.json} into the output folder. */
    public CheckResult check(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        RenderCache cache = renderCache(request);
        IsmsProject project = new ProjectLoader(request.layout(), sources).load(diagnostics);
        CompletableFuture<Diagnosed<DocumentControl>> history = readControlMeanwhile(project, request);
        Checked checked = checkAndRender(project, diagnostics, cache);
        DocumentControl control = awaited(history).into(diagnostics);
        checked = withCoverage(project, checked, control, diagnostics);
        control.reportSoa(checked.catalog().soaFile(), request.history(), diagnostics);
        records(project, checked, control, request, diagnostics);
        return finish(request, project, diagnostics, control.notes());
    }

    /**
     * Checks everything, then builds the site into {@code request.site().siteDir()}. With errors,
     * nothing is written there: the last good site stays as it was. Only one build at a time writes
     * into an output folder; another one waits for it (see {@link OutputLock}).
     */
    public CheckResult site(BuildRequest request) {
        return build(request).result();
    }

    /** A site build's result, and what a preview keeps of a successful one to update a page at once after an edit. */
    record Built(CheckResult result, Optional<LastBuild> last) {
    }

    /** {@link #site}, keeping what the build was made of when it succeeded. */
    Built build(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        RenderCache cache = renderCache(request);
        IsmsProject project = new ProjectLoader(request.layout(), sources).load(diagnostics);
        CompletableFuture<Diagnosed<DocumentControl>> history = readControlMeanwhile(project, request);
        Checked checked = withCoverage(project, checkAndRender(project, diagnostics, cache), awaited(history).into(diagnostics),
                diagnostics);
        DocumentControl control = checked.control();
        control.reportSoa(checked.catalog().soaFile(), request.history(), diagnostics);
        Records records = records(project, checked, control, request, diagnostics);
        List<String> notes = new ArrayList<>(control.notes());
        ReferenceTargets targets = referenceTargets(checked.catalog());
        // The PDFs and Word files wait on disk until the site takes them, and go with the build, however it ends.
        try (FileSpool spool = FileSpool.in(request.outputDir().resolve("cache/spool"))) {
            SiteInputs inputs = null;
            SigningKey key = null;
            if (!diagnostics.hasErrors()) {
                // History first: the catalog's pages mark drafts that implement controls, and do not count them.
                inputs = withHistory(SiteInputs.of(project, checked.rendered())
                        .withProvenance(provenance(control)), control, request, targets)
                        .withRecords(records.acknowledgements(), records.evidence());
                inputs = AcknowledgementPanel.addTo(inputs);
                inputs = EvidenceFiles.addTo(inputs);
                inputs = CatalogPages.addTo(inputs, checked.catalog(), checked.risks());
                inputs = RiskPages.addTo(inputs, checked.risks());
                inputs = ReadinessPanel.addTo(inputs,
                        Readiness.of(readinessFacts(project, checked, control, request, inputs), inputs.labels().site()));
                // One key signs the PDFs and the manifest; an HTML-only build still signs its manifest.
                Optional<SigningKey> loaded = SitePdfs.key(inputs, request.site().signing(), request.history().requireApproval(),
                        diagnostics);
                if (loaded.isPresent() && request.site().pdf()) {
                    inputs = SitePdfs.addTo(inputs, checked.catalog(), loaded.get(), request.site().signing(),
                            request.history().referenceTime(),
                            FileCache.open(request.outputDir().resolve("cache/pdf"), PluginVersion.get()), spool, diagnostics);
                }
                if (request.site().docx()) {
                    inputs = SiteDocx.addTo(inputs, FileCache.open(request.outputDir().resolve("cache/docx"), PluginVersion.get()),
                            spool, notes::add);
                }
                key = loaded.orElse(null);
            }
            try (OutputLock lock = lock(request, diagnostics)) {
                if (lock == null) {
                    return new Built(new CheckResult(project, diagnostics.all(), notes), Optional.empty());
                }
                SiteBuilder builder = null;
                if (!diagnostics.hasErrors()) { // so there is a key: a key that does not work was reported
                    builder = writeSite(inputs, key, request, diagnostics);
                }
                CheckResult result = finish(request, project, diagnostics, notes);
                return new Built(result, result.errors().isEmpty() && builder != null
                        ? Optional.of(new LastBuild(request, project, inputs, builder, control.history(), targets))
                        : Optional.empty());
            } catch (IOException e) {
                throw new UncheckedIOException("can not release " + OutputLock.file(request.outputDir()), e);
            }
        }
    }

    /**
     * Packs the built site for an auditor into {@code request.packFile()}: checks the ISMS and reads its history
     * as {@link #site} does (the index needs both), then packs the site in {@code siteDir}, which must come from
     * the commit being built and verify. With errors, no pack is written.
     */
    public CheckResult auditPack(PackRequest request) {
        BuildRequest build = request.build();
        Diagnostics diagnostics = new Diagnostics();
        RenderCache cache = renderCache(build);
        IsmsProject project = new ProjectLoader(build.layout(), sources).load(diagnostics);
        CompletableFuture<Diagnosed<DocumentControl>> history = readControlMeanwhile(project, build);
        Checked checked = withCoverage(project, checkAndRender(project, diagnostics, cache), awaited(history).into(diagnostics),
                diagnostics);
        DocumentControl control = checked.control();
        control.reportSoa(checked.catalog().soaFile(), build.history(), diagnostics);
        Records records = records(project, checked, control, build, diagnostics);
        if (!diagnostics.hasErrors()) {
            SiteInputs inputs = withHistory(SiteInputs.of(project, checked.rendered()).withProvenance(provenance(control)),
                    control, build, referenceTargets(checked.catalog())).withRecords(records.acknowledgements(), records.evidence());
            Optional<SigningKey> key = SitePdfs.key(inputs, build.site().signing(), build.history().requireApproval(), diagnostics);
            if (key.isPresent()) {
                new AuditPack(build.site().siteDir(), inputs, checked.catalog().catalogs().edition(), key.get(),
                        build.site().signing().tsaUrl(), build.history().referenceTime(), control.commit(), file -> shown(build, file))
                        .write(request.packFile(), diagnostics);
            }
        }
        return finish(build, project, diagnostics, control.notes());
    }

    /**
     * Starts {@code isms:serve}: builds the site into {@code request.site().siteDir()}, serves it at
     * {@code options}' address and builds it again on every change of the sources, until closed.
     *
     * @param events told of every build's result, every page updated at once, and how long each took, for the log
     * @throws IOException when the address can not be bound (a port in use) or the sources can not be watched
     */
    public PreviewSession serve(BuildRequest request, PreviewOptions options, PreviewEvents events)
            throws IOException {
        return PreviewSession.start(this, request, options, events);
    }

    /* The output folder's lock, or null with a diagnostic when another build kept it or the folder can not be written. */
    private static OutputLock lock(BuildRequest request, Diagnostics diagnostics) {
        Duration wait = request.site().lockWait();
        try {
            Optional<OutputLock> lock = OutputLock.acquire(request.outputDir(), wait);
            if (lock.isEmpty()) {
                diagnostics.report(Code.OUTPUT_LOCKED, at(request, OutputLock.file(request.outputDir())),
                        "another build is writing into " + shown(request, request.outputDir()) + " and still held its lock after "
                                + (wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s")
                                + "; nothing was written (wait for it, or raise lockWait)");
            }
            return lock.orElse(null);
        } catch (IOException e) {
            diagnostics.report(Code.OUTPUT_UNWRITABLE, at(request, request.outputDir()),
                    "can not write into the output folder: " + reason(e));
            return null;
        }
    }

    /* Builds the site; a failed write (a full disk, no permission) is one diagnostic, and the last good site stays. */
    private static SiteBuilder writeSite(SiteInputs inputs, SigningKey key, BuildRequest request, Diagnostics diagnostics) {
        Path siteDir = request.site().siteDir();
        SiteBuilder builder = new SiteBuilder(inputs, key, request.history().referenceTime());
        try {
            builder.build(siteDir, request.site().spareDir(), diagnostics);
        } catch (UncheckedIOException e) {
            diagnostics.report(Code.OUTPUT_UNWRITABLE, at(request, siteDir),
                    "can not write the site: " + reason(e.getCause()) + "; the last good site is kept as it was");
        }
        return builder;
    }

    /**
     * isms:serve's first answer to a save: when only document {@code file}'s body changed since {@code last} was built,
     * that document's page is laid out again and written over the served one, as the next build will write it; the
     * full build follows and brings every other page (referrers, search, register) up to date.
     *
     * @return the page's path in the site, or empty when the edit needs the full build (nothing was written)
     */
    Optional<String> updatePage(LastBuild last, Path file) {
        Optional<EditedPage> page = EditedPage.of(last, file);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        try (OutputLock lock = OutputLock.acquire(last.request().outputDir(), Duration.ZERO).orElse(null)) {
            if (lock == null) {
                return Optional.empty();
            }
            page.get().writeInto(last.request().site().siteDir(), last.request().outputDir());
            return Optional.of(page.get().path());
        } catch (IOException e) {
            return Optional.empty(); // the full build that follows reports what is wrong with the output folder
        }
    }

    /* The innermost cause's message, with the exception's kind where the message alone is only a path (as NIO's are). */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String kind = "";
        if (cause instanceof java.nio.file.AccessDeniedException) {
            kind = "permission denied: ";
        } else if (cause instanceof java.nio.file.FileAlreadyExistsException) {
            kind = "a file is in the way: ";
        } else if (cause instanceof java.nio.file.NoSuchFileException) {
            kind = "no such file: ";
        } else if (cause instanceof java.nio.file.NotDirectoryException) {
            kind = "not a folder: ";
        }
        return kind + cause.getMessage();
    }

    private static SourcePosition at(BuildRequest request, Path file) {
        return SourcePosition.file(shown(request, file));
    }

    /* A path as the project sees it: relative to the project folder when inside it. */
    private static String shown(BuildRequest request, Path file) {
        Path project = request.layout().projectDir().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(project) ? project.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * isms:review: what the work tree's branch changes against {@code request.base()}, which versions it
     * must raise and who must approve it; writes review.md, review.json and diagnostics.json.
     */
    public ChangeReportResult review(ChangeReportRequest request) {
        Diagnostics loading = new Diagnostics();
        ProjectLoader loader = new ProjectLoader(request.layout());
        IsmsProject project = loader.load(loading);
        DocumentRules.check(project, loading);
        return new PullRequestChanges().review(request, project, loader.reader(), loading);
    }

    /** isms:codeowners: writes the CODEOWNERS file that makes each document's approvers its required reviewers. */
    public CodeownersResult codeowners(CodeownersRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        ProjectLoader loader = new ProjectLoader(request.layout());
        IsmsProject project = loader.load(diagnostics);
        DocumentRules.check(project, diagnostics);
        return new CodeownersWriter().write(request, project, loader.reader(), diagnostics);
    }

    /** isms:init: a new ISMS from the starter templates this plugin ships, in the request's language; never overwrites a file. */
    public InitResult init(InitRequest request) {
        return new Initializer(TemplateSet.fromClassPath(request.language())).init(request);
    }

    /**
     * isms:verify: every signature and every file of a built site (or a folder of PDFs) against the trust
     * policy and the manifest.
     *
     * @param site whether {@code dir} is a built site, which must have a signed manifest
     */
    public VerificationResult verify(Path dir, TrustPolicy policy, boolean site) throws IOException {
        return SiteVerifier.verify(dir, policy, site);
    }

    /**
     * isms:verify of an audit pack on its own: its entries, unpacked into a temporary folder only, against the
     * pack's signed manifest, and every PDF's signature, under the trust {@code policy}.
     */
    public VerificationResult verifyPack(Path pack, TrustPolicy policy) throws IOException {
        return PackVerifier.verify(pack, policy);
    }

    /**
     * Records the approvals of the requests that produced the approval branch's new commits as git notes
     * ({@code refs/notes/isms-approvals}), asking the platform's REST API. Writes all notes or, on any
     * problem, none; pushes nothing. Writes {@code diagnostics.json}.
     */
    public RecordResult recordApprovals(RecordRequest request) {
        Diagnostics loading = new Diagnostics();
        ProjectLoader loader = new ProjectLoader(request.layout());
        IsmsProject project = loader.load(loading);
        String configPath = loader.reader().relativePath(request.layout().ismsDir().resolve("isms.yaml"));
        Diagnostics diagnostics = new Diagnostics();
        // isms.yaml names the approval branch; the documents are not this goal's concern.
        loading.all().stream().filter(d -> d.position().path().equals(configPath))
                .forEach(d -> diagnostics.report(d.severity(), d.code(), d.position(), d.message()));
        SourcePosition at = SourcePosition.file(configPath);
        PlatformAccess access = null;
        try {
            access = request.platform().resolve(request.env());
        } catch (PlatformException e) {
            diagnostics.report(Code.PLATFORM_UNCONFIGURED, at, "isms:record-approvals: " + e.getMessage());
        }
        Optional<ApprovalRecorder> recorder = ApprovalRecorder.find(request.layout().ismsDir(),
                project.config().approval().branch(), diagnostics, at);
        Optional<ApprovalRecorder.Recording> recording = Optional.empty();
        if (access != null && recorder.isPresent() && !diagnostics.hasErrors()) {
            recording = recorder.get().record(PlatformClient.of(access, request.clock(), request.sleeper()), diagnostics, at);
        }
        CheckResult result = new CheckResult(project, diagnostics.all(),
                recording.map(ApprovalRecorder.Recording::lines).orElse(List.of()));
        writeDiagnostics(request.outputDir(), result);
        return new RecordResult(result, recording);
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

    /**
     * What checking found that building needs: the catalogs and SoA, the risk register, the rendered
     * bodies, and (once read) the document-control record.
     */
    private record Checked(CatalogModel catalog, RiskRegister risks, RenderedDocuments rendered, DocumentControl control) {
    }

    /**
     * Mandatory documented information is provided only by approved documents, so it is worked out
     * and checked once history has said which documents are in force.
     */
    private static Checked withCoverage(IsmsProject project, Checked checked, DocumentControl control,
            Diagnostics diagnostics) {
        CatalogModel catalog = checked.catalog().withCoverage(MandatoryCoverage.of(project, checked.catalog().catalogs(),
                checked.catalog().soaFile(), checked.risks(), control.approvals(project)));
        MandatoryDocumentRules.check(project, catalog.catalogs(), catalog.coverage(), diagnostics);
        return new Checked(catalog, checked.risks(), checked.rendered(), control);
    }

    /**
     * The rendered bodies of earlier builds ({@code <outputDir>/cache}); opened before the project is
     * loaded, as it hashes the sources that the loading reads.
     */
    private RenderCache renderCache(BuildRequest request) {
        return RenderCache.open(request.outputDir().resolve("cache"), PluginVersion.get(), request.layout().ismsDir(),
                request.layout().documentsDir(), rendered);
    }

    private static Checked checkAndRender(IsmsProject project, Diagnostics diagnostics, RenderCache cache) {
        DocumentRules.check(project, diagnostics);
        TranslationRules.check(project, diagnostics);
        CatalogModel catalog = CatalogModel.load(project, diagnostics);
        CatalogRules.check(project, catalog, diagnostics);
        RiskRegister risks = RiskReader.read(project, diagnostics);
        RiskRules.check(risks, catalog.catalogs(), catalog.soaFile(), diagnostics);
        return new Checked(catalog, risks, new DocumentRenderer().renderAll(project, referenceTargets(catalog), diagnostics, cache), null);
    }

    /** What certification readiness is derived from; "within 12 months" is judged at the site's reference date. */
    private static ReadinessFacts readinessFacts(IsmsProject project, Checked checked, DocumentControl control,
            BuildRequest request, SiteInputs inputs) {
        return new ReadinessFacts(project, checked.catalog(), checked.risks(), control.standings(project),
                control.history() != null, control.soaApproved(), control.reference().orElse(request.history().reference()),
                inputs.acknowledgements(), inputs.evidence());
    }

    /** What the records say: who acknowledged the documents, and the evidence that controls operate. */
    private record Records(AcknowledgementRegister acknowledgements, EvidenceRegister evidence) {
    }

    /*
     * Acknowledgements and evidence are judged at the site's reference date (the output timestamp, else the
     * build's day), so that the published coverage and the diagnostics agree and two builds of one commit too.
     */
    private static Records records(IsmsProject project, Checked checked, DocumentControl control, BuildRequest request,
            Diagnostics diagnostics) {
        LocalDate reference = request.history().reference();
        AcknowledgementRegister acknowledgements = AcknowledgementReader.read(project, reference, diagnostics)
                .coverage(project, control.history() == null ? null : control.history().byId(), reference, diagnostics);
        EvidenceRegister evidence = EvidenceReader.read(project, reference, diagnostics);
        EvidenceRules.check(evidence, checked.catalog().catalogs(), checked.catalog().soaFile(), diagnostics);
        return new Records(acknowledgements, evidence);
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
        VersionArchive archive = EarlierVersions.of(project, control.history(), inputs.bodies(), targets,
                request.layout().documentsDir());
        HistoryViews views = HistoryViews.of(project, control.history(), control.reference(),
                archive.versions().stream().map(VersionArchive.Listed::path).collect(Collectors.toSet()));
        List<SoaRedlinePage> soaRedlines = List.of();
        if (control.soaHistory().isPresent()) {
            soaRedlines = EarlierVersions.soaRedlines(control.soaHistory().get(), project.ismsDir());
            Map<String, String> urls = new HashMap<>();
            soaRedlines.forEach(p -> urls.put(p.version(), p.path()));
            views = views.withSoa(control.soaHistory().get(), control.soa().source(), urls);
        }
        return inputs.withHistories(views.histories(), views.panelsOver(inputs.panels()))
                .withPageSource(new SupersededPages(archive)).withPageSource(new SoaRedlines(soaRedlines));
    }

    private static CheckResult finish(BuildRequest request, IsmsProject project, Diagnostics diagnostics,
            List<String> notes) {
        CheckResult result = new CheckResult(project, diagnostics.all(), notes);
        writeDiagnostics(request.outputDir(), result);
        return result;
    }

    private static void writeDiagnostics(Path outputDir, CheckResult result) {
        try {
            DiagnosticsJson.write(result.diagnostics(), outputDir.resolve("diagnostics.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("can not write diagnostics.json", e);
        }
    }
}
