package io.github.isms.pdf;

import io.github.isms.i18n.Labels;
import io.github.isms.model.Document;
import io.github.isms.site.HistoryView;
import io.github.isms.site.DocumentSummary;
import io.github.isms.history.EarlierVersion;
import io.github.isms.site.SiteModel;
import io.github.isms.history.pages.SupersededPages;
import io.github.isms.history.pages.VersionArchive;
import java.util.List;

/**
 * The print of an earlier approved version (clause 7.5.3: superseded documents stay retrievable and
 * are identified as such): its own content and document-control block as they were at the commit
 * that approved it, the revision history up to that version, "SUPERSEDED" on the cover and across
 * every page. Published beside the version's page as {@code docs/<ID>/v<version>/<ID>-v<version>.pdf}.
 */
final class SupersededPrint {

    private SupersededPrint() {}

    /** The archives of the site's superseded versions (see {@link SupersededPages}). */
    static List<VersionArchive> archives(SiteModel model) {
        return model.inputs().pageSources().stream()
                .filter(SupersededPages.class::isInstance)
                .map(source -> ((SupersededPages) source).archive())
                .toList();
    }

    /** The superseded versions the site publishes a page for, in its order, without their bodies. */
    static List<VersionArchive.Listed> published(SiteModel model) {
        return archives(model).stream().flatMap(archive -> archive.versions().stream())
                .filter(v -> model.document(v.id()).isPresent())
                .toList();
    }

    static String pathOf(EarlierVersion v) {
        return pathOf(v.id(), v.version());
    }

    static String pathOf(String id, String version) {
        return "docs/" + id + "/v" + version + "/" + id + "-v" + version + ".pdf";
    }

    static String reason(EarlierVersion v) {
        return v.id() + " version " + v.version() + (v.inForce() ? " (in force)" : " (superseded)") + ", " + v.title();
    }

    static PrintDocument print(SiteModel model, EarlierVersion v) {
        Document source = v.source();
        DocumentSummary current = model.document(v.id()).orElseThrow();
        List<HistoryView.RevisionRow> rows = model.inputs().history(v.id()).revisions();
        int own = 0;
        while (own < rows.size() && !rows.get(own).version().equals(v.version())) {
            own++;
        }
        // Newest first: this version's row and the ones before it; what came later is not part of its record.
        List<ControlBlock.RevisionLine> revisions = SitePdfs.revisions(own < rows.size() ? rows.subList(own, rows.size()) : List.of());
        Labels labels = model.labels().of(source.language());
        ControlBlock control = new ControlBlock(model.organization(), v.id(), v.title(), v.version(),
                v.inForce() ? labels.get("print.inForcePending", current.version())
                        : labels.get("print.supersededBy", current.version()),
                orEmpty(source.owner()), source.approvers(), v.date() + " (" + labels.get("document.versionNumber", v.version()) + ")",
                source.effective() == null ? v.date() : source.effective().toString(), "",
                orEmpty(source.classification()), revisions);
        String language = labels.language();
        // The cover's status badge is red, as a draft's is, unless this is the version in force.
        String xhtml = PrintLayout.xhtml(control, labels, v.body(), !v.inForce());
        PdfMetadata metadata = new PdfMetadata(v.id() + "@" + v.version(),
                v.id() + " " + v.title() + (v.inForce() ? " (in force)" : " (superseded)"),
                language, model.organization(), v.title() + ", " + model.organization(), SitePdfs.keywords(source),
                SitePdfs.day(v.date()).map(SitePdfs::startOfDay).orElse(SitePdfs.NO_DATE));
        PrintDocument print = PrintDocument.of(xhtml, metadata).withImages(SitePdfs.images(model, v.id()));
        return (v.inForce() ? print : print.withWatermark(PrintDocument.SUPERSEDED)).inWords(labels);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
