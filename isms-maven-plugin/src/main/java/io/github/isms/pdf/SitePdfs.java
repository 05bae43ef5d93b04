package io.github.isms.pdf;

import io.github.isms.catalog.Catalog;
import io.github.isms.catalog.CatalogModel;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.Document;
import io.github.isms.render.RenderedDocument;
import io.github.isms.sign.PadesSigner;
import io.github.isms.sign.SignatureOptions;
import io.github.isms.sign.SigningException;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.SigningSettings;
import io.github.isms.site.DocumentHistory;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.EarlierVersion;
import io.github.isms.site.NavLink;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import java.nio.file.Path;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The site's signed PDFs: {@code docs/<ID>/<ID>.pdf} for every published document,
 * {@code docs/<ID>/v<version>/<ID>-v<version>.pdf} for every superseded version the site keeps, and
 * {@code soa.pdf} for the Statement of Applicability, rendered from the same model as the pages
 * and linked from them. Everything is rendered and signed before the site is written, so a key
 * that does not work fails the build with the old site untouched. A document the renderer can not
 * lay out is a bug of the plugin and surfaces as {@link PdfRenderingException}, naming the document.
 */
public final class SitePdfs implements PageSource {

    /** A build without history or effective date still needs a creation date that is not the clock. */
    static final OffsetDateTime NO_DATE = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final String SOA_PDF = "soa.pdf";

    private final Map<String, byte[]> files;

    private SitePdfs(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    /**
     * The inputs with every PDF rendered and signed and added as files; when the key does not work
     * the diagnostics say why (once) and the inputs come back unchanged.
     *
     * @param reference the build's reference date (output timestamp, else the commit being built),
     *     the creation date of the SoA; empty when neither is known
     */
    public static SiteInputs addTo(SiteInputs inputs, CatalogModel catalog, SigningSettings signing,
            Optional<LocalDate> reference, Diagnostics diagnostics) {
        SiteModel model = SiteModel.of(inputs);
        SigningKey key;
        try {
            key = signing.load(model.organization());
        } catch (SigningException e) {
            diagnostics.report(Code.PDF_SIGNING_FAILED, signingPosition(inputs, signing), e.getMessage());
            return inputs;
        }
        List<Job> jobs = jobs(model, catalog, signing, reference);
        ThreadLocal<PdfRenderer> renderers = ThreadLocal.withInitial(PdfRenderer::new);
        PadesSigner signer = new PadesSigner();
        Map<String, byte[]> files = new TreeMap<>();
        // One unreachable time-stamp authority fails every document alike: each message is reported once.
        Set<String> failures = new TreeSet<>();
        // Each PDF is independent; rendering dominates a site build, so documents render in parallel.
        jobs.parallelStream().forEach(job -> {
            try {
                PrintDocument print = job.print().get();
                byte[] signed = signer.sign(renderers.get().render(print), key, job.options().apply(print));
                synchronized (files) {
                    files.put(job.path(), signed);
                }
            } catch (SigningException e) {
                synchronized (failures) {
                    failures.add(e.getMessage());
                }
            }
        });
        if (!failures.isEmpty()) {
            failures.forEach(message -> diagnostics.report(Code.PDF_SIGNING_FAILED, signingPosition(inputs, signing), message));
            return inputs;
        }
        return inputs.withPageSource(new SitePdfs(files));
    }

    /** One PDF to publish: where, how it is laid out, and what its signature says (a draft says so). */
    private record Job(String path, Supplier<PrintDocument> print, Function<PrintDocument, SignatureOptions> options) {}

    /** Every published document, every superseded version the site publishes, and the SoA. */
    private static List<Job> jobs(SiteModel model, CatalogModel catalog, SigningSettings signing, Optional<LocalDate> reference) {
        List<Job> jobs = new ArrayList<>();
        for (Document d : model.inputs().project().documents()) {
            if (model.published(d.id())) {
                jobs.add(new Job(pathOf(d.id()), () -> print(model, d), print -> options(d, print, signing, model)));
            }
        }
        for (EarlierVersion v : SupersededPrint.published(model)) {
            jobs.add(new Job(SupersededPrint.pathOf(v), () -> SupersededPrint.print(model, v),
                    print -> signatureOptions(SupersededPrint.reason(v), signing, model)));
        }
        if (catalog != null) {
            jobs.add(new Job(SOA_PDF, () -> soa(model, catalog, reference),
                    print -> signatureOptions("Statement of Applicability of " + model.organization(), signing, model)));
        }
        return jobs;
    }

    /** Where a document's PDF is published, relative to the site root. */
    public static String pathOf(String id) {
        return "docs/" + id + "/" + id + ".pdf";
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
                links.put(d.url(), List.of(new NavLink("Signed PDF", pathOf(d.id()))));
            }
        }
        for (EarlierVersion v : SupersededPrint.published(model)) {
            if (files.containsKey(SupersededPrint.pathOf(v))) {
                links.put(v.path(), List.of(new NavLink("Signed PDF", SupersededPrint.pathOf(v))));
            }
        }
        if (files.containsKey(SOA_PDF)) {
            links.put("soa.html", List.of(new NavLink("Signed PDF", SOA_PDF)));
        }
        return links;
    }

    /**
     * The one place where the document-control record meets the print: state, revisions and
     * dates come from {@link DocumentHistory} as far as it knows them, the rest from front matter.
     */
    static PrintDocument print(SiteModel model, Document d) {
        DocumentSummary summary = model.document(d.id()).orElseThrow();
        DocumentHistory history = model.inputs().history(d.id());
        List<DocumentControl.Revision> revisions = revisions(history.revisions());
        String approvalDate = history.revisions().stream().filter(r -> !r.approvers().isEmpty())
                .map(DocumentHistory.Revision::date).findFirst().orElse("");
        String status = summary.state().isEmpty() ? summary.status() : summary.state();
        DocumentControl control = new DocumentControl(model.organization(), d.id(), d.title(), summary.version(), status,
                summary.owner(), summary.approvers(), approvalDate, summary.effective(), summary.nextReview(),
                summary.classification(), revisions);
        String language = language(d);
        RenderedDocument body = model.inputs().body(d.id());
        String xhtml = PrintLayout.xhtml(control, language, body.html(), history.draft());
        PdfMetadata metadata = new PdfMetadata(d.id() + "@" + summary.version(), d.id() + " " + d.title(), language,
                model.organization(), d.title() + ", " + model.organization(), keywords(d), created(history, d.effective()));
        PrintDocument print = PrintDocument.of(xhtml, metadata).withImages(images(model, d.id()));
        return history.draft() ? print.asDraft() : print;
    }

    /** Images of a document's body come from the ISMS assets folder; its links are relative to the document's page. */
    static AssetImages images(SiteModel model, String id) {
        return AssetImages.of(model.inputs().project().ismsDir().resolve("assets"), DocumentSummary.pagePath(id));
    }

    static List<DocumentControl.Revision> revisions(List<DocumentHistory.Revision> rows) {
        return rows.stream().map(r -> new DocumentControl.Revision(r.version(), r.date(), String.join(", ", r.authors()),
                String.join(", ", r.approvers()), r.summary(), r.record())).toList();
    }

    static String language(Document d) {
        return d.language() == null || d.language().isBlank() ? "en" : d.language();
    }

    /** The SoA is generated by the build, so it is dated by the build's reference date, never by the clock. */
    static PrintDocument soa(SiteModel model, CatalogModel catalog, Optional<LocalDate> reference) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Catalog c : catalog.catalogs().all()) {
            tables.add(Map.of("title", c.title(), "rows", catalog.soa().rows(c.id())));
        }
        int excluded = catalog.soa().excluded().size();
        Map<String, Object> context = new HashMap<>();
        context.put("framework", catalog.catalogs().framework().annexA().title());
        context.put("tables", tables);
        context.put("controls", catalog.soa().rows().size());
        context.put("applicable", catalog.soa().rows().size() - excluded);
        context.put("excluded", excluded);
        String body = PrintLayout.render("soa-body", context);
        // The SoA is published with the site, so it carries the site's classification.
        String classification = model.publishLimit();
        DocumentControl control = new DocumentControl(model.organization(), "SoA", "Statement of Applicability",
                catalog.catalogs().edition().framework(), "generated", "", List.of(), "", "", "", classification, List.of());
        PdfMetadata metadata = new PdfMetadata("SoA@" + catalog.catalogs().edition().framework(), "Statement of Applicability",
                "en", model.organization(), "Statement of Applicability, " + model.organization(), List.of("ISMS", "SoA"),
                reference.map(SitePdfs::startOfDay).orElse(NO_DATE));
        return PrintDocument.of(PrintLayout.xhtml(control, "en", body, false), metadata);
    }

    private static SignatureOptions options(Document d, PrintDocument print, SigningSettings signing, SiteModel model) {
        String what = (print.draft() ? "Draft of " : "") + d.id() + " version " + d.versionText() + ", " + d.title();
        return signatureOptions(what, signing, model);
    }

    private static SignatureOptions signatureOptions(String reason, SigningSettings signing, SiteModel model) {
        SignatureOptions options = SignatureOptions.reason(reason).withLocation(model.organization());
        return signing.tsaUrl() == null ? options : options.withTimestampAuthority(signing.tsaUrl());
    }

    /** The newest revision's date, else the effective date, never the clock. */
    private static OffsetDateTime created(DocumentHistory history, LocalDate effective) {
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

    static List<String> keywords(Document d) {
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
