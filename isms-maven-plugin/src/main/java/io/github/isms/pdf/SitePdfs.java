package io.github.isms.pdf;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.pages.CatalogPages;
import io.github.isms.catalog.pages.SoaControl;
import io.github.isms.catalog.pages.SoaPage;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.i18n.Labels;
import io.github.isms.i18n.LabelsExtension;
import io.github.isms.model.Document;
import io.github.isms.model.SitePolicy;
import io.github.isms.output.FileCache;
import io.github.isms.output.FileSpool;
import io.github.isms.render.RenderedDocument;
import io.github.isms.sign.PadesSigner;
import io.github.isms.sign.SignatureOptions;
import io.github.isms.sign.SigningException;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.SigningSettings;
import io.github.isms.site.HistoryView;
import io.github.isms.site.DocumentFiles;
import io.github.isms.site.DocumentSummary;
import io.github.isms.history.EarlierVersion;
import io.github.isms.history.pages.VersionArchive;
import io.github.isms.site.NavLink;
import io.github.isms.site.Provenance;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.source.AssetFiles;
import io.github.isms.source.SourceFolder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The site's signed PDFs: {@code docs/<ID>/<ID>.pdf} for every published document,
 * {@code docs/<ID>/v<version>/<ID>-v<version>.pdf} for every superseded version the site keeps, and
 * {@code soa.pdf} for the Statement of Applicability, rendered from the same model as the pages
 * and linked from them. Everything is rendered and signed before the site is written, so a key
 * that does not work fails the build with the old site untouched. A document the renderer can not
 * lay out is a bug of the plugin and surfaces as {@link PdfRenderingException}, naming the document.
 *
 * <p>Layout time grows with the square of a body's elements, so each PDF has a time budget
 * ({@link #BUDGET}); one that overruns it is reported as {@link Code#PDF_TOO_COMPLEX} at its document
 * and left out, and the build fails instead of running for hours. The layout runs on a daemon thread of
 * its own so that waiting can stop; the library can not be interrupted, so an overrun layout is
 * abandoned, not stopped, and ends with the build's JVM at the latest.
 */
public final class SitePdfs extends DocumentFiles {

    /** A build without history or effective date still needs a creation date that is not the clock. */
    static final OffsetDateTime NO_DATE = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final String SOA_PDF = "soa.pdf";
    /** A policy lays out in about a second; sixty leave room for a busy machine and a register of hundreds of pages. */
    static final Duration BUDGET = Duration.ofSeconds(60);

    /** The label key of a download: a development key's signature says what it is. */
    private final String label;

    private SitePdfs(Map<String, Path> files, boolean developmentKey) {
        super(files);
        this.label = developmentKey ? "download.pdfDevelopment" : "download.pdf";
    }

    /**
     * The key that signs the site's PDFs and its manifest; when it does not work the diagnostics say
     * why (once, at the keystore) and there is none. A release build ({@code requireApproval}) refuses
     * a development key, which proves nothing to anyone, and then there is none either.
     */
    public static Optional<SigningKey> key(SiteInputs inputs, SigningSettings signing, boolean release, Diagnostics diagnostics) {
        SigningKey key;
        try {
            key = signing.load(inputs.project().config().organization().name());
        } catch (SigningException e) {
            diagnostics.report(Code.PDF_SIGNING_FAILED, signingPosition(inputs, signing), e.getMessage());
            return Optional.empty();
        }
        if (release && key.isDevelopmentKey()) {
            diagnostics.report(Code.PDF_DEVELOPMENT_KEY_REFUSED, signingPosition(inputs, signing), "requireApproval is set, "
                    + "but the PDFs would be signed with a generated development key that nobody can trust; configure the "
                    + "organisation's keystore (keystore, keystorePassword; see PDFs and verification in the user guide)");
            return Optional.empty();
        }
        return Optional.of(key);
    }

    /**
     * The inputs with every PDF rendered, signed with {@code key} and added as files; when signing
     * fails the diagnostics say why (once) and the inputs come back unchanged. Each PDF goes into {@code spool} as
     * soon as it is signed, and the site copies it from there.
     *
     * @param signing   the time-stamp authority, and where the keystore is for a diagnostic
     * @param reference the build's reference time (the output timestamp, else the start of the day of the build):
     *     its day is the creation date of the SoA, and it is the signing time of every PDF (moved into the
     *     certificate's validity where it lies outside), never the clock, so two builds of one commit with one
     *     key give the same bytes
     * @param layouts   each unsigned PDF an earlier build laid out from the same print and assets; every PDF is
     *     signed anew
     */
    public static SiteInputs addTo(SiteInputs inputs, CatalogModel catalog, SigningKey key, SigningSettings signing,
            Instant reference, FileCache layouts, FileSpool spool, Diagnostics diagnostics) {
        return addTo(inputs, catalog, key, signing, reference, BUDGET, layouts, spool, diagnostics);
    }

    /** As {@link #addTo(SiteInputs, CatalogModel, SigningKey, SigningSettings, Instant, FileCache, FileSpool, Diagnostics)}, with another time budget per PDF. */
    static SiteInputs addTo(SiteInputs inputs, CatalogModel catalog, SigningKey key, SigningSettings signing,
            Instant reference, Duration budget, FileSpool spool, Diagnostics diagnostics) {
        return addTo(inputs, catalog, key, signing, reference, budget, FileCache.none(), spool, diagnostics);
    }

    private static SiteInputs addTo(SiteInputs inputs, CatalogModel catalog, SigningKey key, SigningSettings signing,
            Instant reference, Duration budget, FileCache cache, FileSpool spool, Diagnostics diagnostics) {
        Provenance provenance = inputs.provenance().signedBy(key.certificate().getSubjectX500Principal().getName(),
                key.isDevelopmentKey());
        SiteModel model = SiteModel.of(inputs.withProvenance(provenance));
        Jobs jobs = new Jobs(budget, key, provenance, new PdfLayouts(cache), spool);
        try {
            Signing signed = new Signing(signing, key.signingTime(reference));
            jobs.run(jobs(model, catalog, signed, reference.atOffset(ZoneOffset.UTC).toLocalDate()));
            // Superseded versions are rendered one document at a time; only their PDFs are kept.
            for (VersionArchive archive : SupersededPrint.archives(model)) {
                archive.forEachDocument(document -> {
                    if (model.document(document.id()).isPresent()) {
                        jobs.run(document.versions().stream().map(v -> supersededJob(model, v, signed)).toList());
                    }
                });
            }
        } finally {
            jobs.layout.shutdownNow();
        }
        if (jobs.failures.isEmpty() && jobs.overrun.isEmpty()) {
            cache.prune(); // every PDF was asked for: what none used belongs to changed documents
        }
        jobs.overrun.values().forEach(job -> diagnostics.report(Code.PDF_TOO_COMPLEX, SourcePosition.file(job.source()),
                job.name() + ": the PDF " + job.path() + " was not laid out within " + shown(budget)
                        + "; the document is too large or too deeply structured to print (split it, or shorten long tables and lists)"));
        if (!jobs.failures.isEmpty()) {
            jobs.failures.forEach(message -> diagnostics.report(Code.PDF_SIGNING_FAILED, signingPosition(inputs, signing), message));
            return inputs;
        }
        return inputs.withProvenance(provenance).withPageSource(new SitePdfs(jobs.files, key.isDevelopmentKey()));
    }

    /** Lays out and signs PDFs, each within the time budget, and keeps what came of each. */
    private static final class Jobs {
        private final Duration budget;
        private final SigningKey key;
        private final Provenance provenance;
        private final PdfLayouts layouts;
        private final FileSpool spool;
        private final ThreadLocal<PdfRenderer> renderers = ThreadLocal.withInitial(PdfRenderer::new);
        private final PadesSigner signer = new PadesSigner();
        private final Map<String, Path> files = new TreeMap<>();
        /** One unreachable time-stamp authority fails every document alike: each message is reported once. */
        private final Set<String> failures = new TreeSet<>();
        private final Map<String, Job> overrun = new TreeMap<>();
        private final ExecutorService layout = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "isms-pdf-layout");
            thread.setDaemon(true);
            return thread;
        });

        Jobs(Duration budget, SigningKey key, Provenance provenance, PdfLayouts layouts, FileSpool spool) {
            this.budget = budget;
            this.key = key;
            this.provenance = provenance;
            this.layouts = layouts;
            this.spool = spool;
        }

        /** Each PDF is independent; rendering dominates a site build, so documents render in parallel. */
        void run(List<Job> jobs) {
            jobs.parallelStream().forEach(job -> {
                try {
                    byte[] signed = within(budget, layout, () -> {
                        PrintDocument print = job.print().get().withProvenance(provenance);
                        byte[] laidOut = layouts.get(job.path(), print, () -> renderers.get().render(print));
                        return signer.sign(laidOut, key, job.options().apply(print));
                    });
                    Path spooled = spool.put(job.path(), signed);
                    synchronized (files) {
                        files.put(job.path(), spooled);
                    }
                } catch (SigningException e) {
                    synchronized (failures) {
                        failures.add(e.getMessage());
                    }
                } catch (TimeoutException e) {
                    synchronized (overrun) {
                        overrun.put(job.path(), job);
                    }
                }
            });
        }
    }

    private static String shown(Duration budget) {
        return budget.toSeconds() >= 1 ? budget.toSeconds() + " seconds" : budget.toMillis() + " ms";
    }

    /** Renders and signs on a layout thread, waiting at most {@code budget} for it. */
    private static byte[] within(Duration budget, ExecutorService layout, Callable<byte[]> work)
            throws SigningException, TimeoutException {
        Future<byte[]> future = layout.submit(work);
        try {
            return future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a PDF was laid out", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SigningException signing) {
                throw signing;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * One PDF to publish: where, how it is laid out, and what its signature says (a draft says so);
     * {@code name} and {@code source} say which document it prints and where that is written.
     */
    private record Job(String path, String name, String source, Supplier<PrintDocument> print,
            Function<PrintDocument, SignatureOptions> options) {}

    /** How every PDF of one build is signed: the settings (time-stamp authority) and the one signing time. */
    private record Signing(SigningSettings settings, Instant time) {}

    /** Every published document, and the SoA; the superseded versions come one document at a time. */
    private static List<Job> jobs(SiteModel model, CatalogModel catalog, Signing signing, LocalDate reference) {
        List<Job> jobs = new ArrayList<>();
        for (Document d : model.inputs().project().documents()) {
            if (model.published(d.id())) {
                jobs.add(new Job(pathOf(d.id()), d.id(), d.path(), () -> print(model, d), print -> options(d, print, signing, model)));
            }
        }
        if (catalog != null) {
            jobs.add(new Job(SOA_PDF, "Statement of Applicability",
                    relative(model.inputs().project().projectDir(), model.inputs().project().ismsDir().resolve("soa.yaml")),
                    () -> soa(model, catalog, reference),
                    print -> signatureOptions((print.draft() ? "Draft of the " : "") + "Statement of Applicability of "
                            + model.organization(), signing, model)));
        }
        return jobs;
    }

    /** A superseded version's PDF. */
    private static Job supersededJob(SiteModel model, EarlierVersion v, Signing signing) {
        return new Job(SupersededPrint.pathOf(v), v.id() + " version " + v.version(), v.source().path(),
                () -> SupersededPrint.print(model, v), print -> signatureOptions(SupersededPrint.reason(v), signing, model));
    }

    /** Where a document's PDF is published, relative to the site root. */
    public static String pathOf(String id) {
        return "docs/" + id + "/" + id + ".pdf";
    }

    @Override
    protected String fileOf(String id) {
        return pathOf(id);
    }

    @Override
    protected NavLink link(String path) {
        return NavLink.labelled(label, path);
    }

    /** Besides each document's PDF: each superseded version's on its page, the SoA's on soa.html. */
    @Override
    public Map<String, List<NavLink>> downloads(SiteModel model) {
        Map<String, List<NavLink>> links = super.downloads(model);
        for (VersionArchive.Listed v : SupersededPrint.published(model)) {
            String pdf = SupersededPrint.pathOf(v.id(), v.version());
            if (has(pdf)) {
                links.put(v.path(), List.of(link(pdf)));
            }
        }
        if (has(SOA_PDF)) {
            links.put("soa.html", List.of(link(SOA_PDF)));
        }
        return links;
    }

    /**
     * The one place where the document-control record meets the print: state, revisions and
     * dates come from {@link HistoryView} as far as it knows them, the rest from front matter.
     */
    static PrintDocument print(SiteModel model, Document d) {
        DocumentSummary summary = model.document(d.id()).orElseThrow();
        HistoryView history = model.inputs().history(d.id());
        ControlBlock control = controlBlock(model, d);
        Labels labels = model.labels().of(d.language());
        String language = labels.language();
        RenderedDocument body = model.inputs().body(d.id());
        boolean retired = d.retired();
        String xhtml = PrintLayout.xhtml(control, labels, body.html(), history.draft() || retired);
        PdfMetadata metadata = new PdfMetadata(d.id() + "@" + summary.version(), d.id() + " " + d.title(), language,
                model.organization(), d.title() + ", " + model.organization(), keywords(d), created(model, d));
        PrintDocument print = PrintDocument.of(xhtml, metadata).withImages(images(model, d.id()));
        return (retired ? print.withWatermark(PrintDocument.RETIRED) : history.draft() ? print.asDraft() : print).inWords(labels);
    }

    /** The document-control block of a published document as its PDF (and its Word file) shows it. */
    public static ControlBlock controlBlock(SiteModel model, Document d) {
        DocumentSummary summary = model.document(d.id()).orElseThrow();
        HistoryView history = model.inputs().history(d.id());
        List<ControlBlock.RevisionLine> revisions = revisions(history.revisions());
        // Every approval field names the version it belongs to: a draft never wears its predecessor's approval.
        Labels words = model.labels().of(d.language());
        String approvalDate = summary.approved().isEmpty() ? ""
                : words.date(summary.approved()) + (summary.approvedVersion().isEmpty() ? ""
                        : " (" + words.get("document.versionNumber", summary.approvedVersion()) + ")");
        boolean retired = d.retired();
        String status = retired ? words.get("status.retired")
                : summary.state().isEmpty() ? words.get("status." + summary.status()) : words.get("state." + summary.state());
        String versions = summary.inForce().isEmpty() && summary.pending().isEmpty() ? "" : summary.versionsIn(words);
        return new ControlBlock(model.organization(), d.id(), d.title(), summary.version(),
                status + (versions.isEmpty() || retired ? "" : " · " + versions), summary.owner(), summary.approvers(),
                approvalDate, summary.effective(), summary.nextReview(), summary.classification(), revisions);
    }

    /** The word stamped on a published document's prints: {@code RETIRED}, {@code DRAFT}, or null for none. */
    public static String marking(SiteModel model, Document d) {
        return d.retired() ? PrintDocument.RETIRED : model.inputs().history(d.id()).draft() ? PrintDocument.DRAFT : null;
    }

    /** The date a published document's prints carry: its newest revision's day, else its effective date, never the clock. */
    public static OffsetDateTime created(SiteModel model, Document d) {
        return created(model.inputs().history(d.id()), d.effective());
    }

    /** Images of a document's body come from the ISMS assets folder; its links are relative to the document's page. */
    public static AssetImages images(SiteModel model, String id) {
        return AssetImages.of(new AssetFiles(new SourceFolder(model.inputs().project().ismsDir())), DocumentSummary.pagePath(id));
    }

    static List<ControlBlock.RevisionLine> revisions(List<HistoryView.RevisionRow> rows) {
        return rows.stream().map(r -> new ControlBlock.RevisionLine(r.version(), r.date(), String.join(", ", r.authors()),
                String.join(", ", r.approvers()), r.summary(), r.record())).toList();
    }

    public static String language(Document d) {
        return d.language() == null || d.language().isBlank() ? SitePolicy.DEFAULT_LANGUAGE : d.language();
    }

    /**
     * The SoA from the same model as soa.html: soa.yaml's version, owner and approvers, the state and revisions
     * git history establishes (a draft is stamped DRAFT), the gap marks and the counts, and, where evidence.yaml
     * exists, each control's evidence with its freshness and last collection. The build generates the
     * tables, so the PDF is dated by the build's reference date, never by the clock.
     */
    static PrintDocument soa(SiteModel model, CatalogModel catalog, LocalDate reference) {
        SoaPage page = CatalogPages.soaPage(model, catalog);
        SoaControl soa = page.control();
        // The SoA is the site's own document: its tables and its cover speak the site's language, and so does its /Lang.
        Labels labels = model.labels().site();
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        // The evidence column only where the ISMS keeps an evidence register; its items carry no file or location
        // here, so the PDF shows nothing that soa.html, published at the same classification, does not.
        context.put("evidenceRegister", model.inputs().evidence().present());
        context.put("evidenceReference", model.inputs().evidence().reference());
        context.put(LabelsExtension.VARIABLE, labels);
        String body = PrintLayout.render("soa-body", context);
        // The SoA is published with the site, so it carries the site's classification.
        String classification = model.publishLimit();
        HistoryView history = soa.history();
        String title = labels.get("soa.title");
        String version = soa.version().isEmpty() ? labels.get("value.notStated") : soa.version();
        ControlBlock control = new ControlBlock(model.organization(), "SoA", title,
                version, labels.get("state." + soa.stateKey()), soa.owner(), soa.approvers(), history.approved(), "", "",
                classification, revisions(history.revisions()));
        PdfMetadata metadata = new PdfMetadata("SoA@" + (soa.version().isEmpty() ? catalog.catalogs().edition().framework()
                : soa.version()), title, labels.language(), model.organization(),
                title + ", " + model.organization(), List.of("ISMS", "SoA"),
                startOfDay(reference));
        PrintDocument print = PrintDocument.of(PrintLayout.xhtml(control, labels, body, soa.draft()), metadata);
        return (soa.draft() ? print.asDraft() : print).inWords(labels);
    }

    private static SignatureOptions options(Document d, PrintDocument print, Signing signing, SiteModel model) {
        String what = (print.draft() ? "Draft of " : PrintDocument.RETIRED.equals(print.watermark()) ? "Retired " : "")
                + d.id() + " version " + d.versionText() + ", " + d.title();
        return signatureOptions(what, signing, model);
    }

    private static SignatureOptions signatureOptions(String reason, Signing signing, SiteModel model) {
        SignatureOptions options = SignatureOptions.reason(reason).withLocation(model.organization()).withSigningTime(signing.time());
        URI tsa = signing.settings().tsaUrl();
        return tsa == null ? options : options.withTimestampAuthority(tsa);
    }

    /** The newest revision's date, else the effective date, never the clock. */
    private static OffsetDateTime created(HistoryView history, LocalDate effective) {
        Optional<LocalDate> newest = history.revisions().stream().findFirst().flatMap(r -> day(r.date()));
        return newest.or(() -> Optional.ofNullable(effective)).map(SitePdfs::startOfDay).orElse(NO_DATE);
    }

    /** The day a history date ({@code 2026-01-01}, perhaps followed by a time) names, if it names one. */
    static Optional<LocalDate> day(String date) {
        try {
            return Optional.of(LocalDate.parse(date.substring(0, Math.min(10, date.length()))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static OffsetDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    public static List<String> keywords(Document d) {
        List<String> keywords = new ArrayList<>(List.of("ISMS", d.type().key()));
        d.controlIds().forEach(keywords::add);
        return keywords;
    }

    private static SourcePosition signingPosition(SiteInputs inputs, SigningSettings signing) {
        Path where = signing.keystore() == null ? inputs.project().projectDir().resolve("pom.xml") : signing.keystore();
        return SourcePosition.file(relative(inputs.project().projectDir(), where));
    }

    private static String relative(Path projectDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path project = projectDir.toAbsolutePath().normalize();
        return (absolute.startsWith(project) ? project.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
