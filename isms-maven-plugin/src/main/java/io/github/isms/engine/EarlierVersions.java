package io.github.isms.engine;

import io.github.isms.catalog.pages.SoaRedlinePage;
import io.github.isms.diag.Diagnostics;
import io.github.isms.history.DocumentHistory;
import io.github.isms.history.HistoryResult;
import io.github.isms.history.Revision;
import io.github.isms.history.VersionContents;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.render.RenderedDocuments;
import io.github.isms.site.EarlierVersion;
import io.github.isms.site.HistoryViews;
import io.github.isms.site.Redline;
import io.github.isms.source.DocumentReader;
import io.github.isms.source.SourceFile;
import io.github.isms.xref.ReferenceTargets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every earlier approved version of every document, rendered from its content at the commit that
 * approved it, with a redline against the approved version before it. Problems in old content are
 * not reported: history can not be corrected, and the current version is checked on its own.
 */
final class EarlierVersions {

    /** A version becomes part of a URL only when it is a plain token. */
    private static final Pattern SAFE_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

    private EarlierVersions() {
    }

    static List<EarlierVersion> of(IsmsProject project, HistoryResult history, RenderedDocuments current,
            ReferenceTargets targets, Path documentsDir) {
        Optional<VersionContents> opened = VersionContents.open(documentsDir);
        if (opened.isEmpty()) {
            return List.of();
        }
        DocumentRenderer renderer = new DocumentRenderer();
        List<EarlierVersion> versions = new ArrayList<>();
        Map<String, DocumentHistory> byId = history.byId();
        try (VersionContents contents = opened.get()) {
            for (Document doc : project.documents()) {
                DocumentHistory h = byId.get(doc.id());
                if (h == null) {
                    continue;
                }
                String previousVersion = "";
                String previousText = null;
                for (Revision r : h.versionTable()) {
                    if (!r.approved() || r.version() == null || !SAFE_VERSION.matcher(r.version()).matches()) {
                        continue;
                    }
                    Optional<String> text = contents.text(r);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Optional<Document> old = read(project, doc, r, text.get());
                    if (old.isEmpty()) {
                        continue;
                    }
                    if (!r.version().equals(doc.versionText())) {
                        String html = renderer.renderOne(project, old.get(), current, targets, new Diagnostics()).html();
                        String redline = previousText == null ? "" : Redline.html(previousText, old.get().body());
                        versions.add(new EarlierVersion(doc.id(), old.get().title(), r.version(),
                                r.date().toLocalDate().toString(), HistoryViews.names(r.approvers()), html, redline,
                                previousText == null ? "" : previousVersion, old.get()));
                    }
                    previousVersion = r.version();
                    previousText = old.get().body();
                }
            }
        }
        return versions;
    }

    /**
     * The redlines of soa.yaml: each version against the approved version before it, as the revision rows of the
     * SoA link them. The source is compared: soa.yaml is what its approvers read.
     */
    static List<SoaRedlinePage> soaRedlines(DocumentHistory soa, Path ismsDir) {
        Optional<VersionContents> opened = VersionContents.open(ismsDir);
        if (opened.isEmpty()) {
            return List.of();
        }
        List<SoaRedlinePage> pages = new ArrayList<>();
        try (VersionContents contents = opened.get()) {
            String previousVersion = null;
            String previousText = null;
            for (Revision r : soa.versionTable()) {
                Optional<String> text = contents.text(r);
                if (r.version() == null || !SAFE_VERSION.matcher(r.version()).matches() || text.isEmpty()) {
                    continue;
                }
                if (previousText != null && !r.version().equals(previousVersion)) {
                    String redline = Redline.html(previousText, text.get());
                    if (!redline.isEmpty()) {
                        pages.add(new SoaRedlinePage(r.version(), previousVersion, r.date().toLocalDate().toString(), redline));
                    }
                }
                if (r.approved()) {
                    previousVersion = r.version();
                    previousText = text.get();
                }
            }
        }
        return pages;
    }

    private static Optional<Document> read(IsmsProject project, Document current, Revision r, String text) {
        SourceFile file = new SourceFile(project.projectDir().resolve(current.path()), current.path(), text);
        return new DocumentReader(project.config(), new Diagnostics()).read(file, current.relativePath())
                .filter(d -> d.id().equals(current.id()));
    }
}
