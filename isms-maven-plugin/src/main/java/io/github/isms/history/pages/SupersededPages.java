package io.github.isms.history.pages;

import io.github.isms.history.EarlierVersion;
import io.github.isms.site.DeeperPage;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.NavLink;
import io.github.isms.site.PageBatch;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import io.github.isms.site.WithheldLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pages of earlier approved versions of published documents, and the redlines of every version
 * (the current one included) against the approved version before it, rendered and as source. They are
 * streamed: the archive renders one document's versions at a time, and its pages are written before the next.
 */
public record SupersededPages(VersionArchive archive) implements PageSource {

    public SupersededPages(List<EarlierVersion> versions, List<VersionRedline> redlines) {
        this(VersionArchive.of(versions, redlines));
    }

    public SupersededPages(List<EarlierVersion> versions) {
        this(versions, List.of());
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        return List.of();
    }

    @Override
    public void streamPages(SiteModel model, Consumer<PageBatch> each) {
        archive.forEachDocument(document -> model.document(document.id())
                .ifPresent(current -> each.accept(batch(document, current, model))));
    }

    /** A published document's earlier versions and redlines as pages; the versions' bodies carry assets. */
    private static PageBatch batch(VersionArchive.DocumentVersions document, DocumentSummary current, SiteModel model) {
        List<SitePage> pages = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (EarlierVersion v : document.versions()) {
            pages.add(new SupersededPage(v, current, DeeperPage.relink(WithheldLinks.unlinkUnpublished(v.body(), model))));
            bodies.add(v.body());
        }
        for (VersionRedline r : document.redlines()) {
            String rendered = WithheldLinks.unlinkUnpublished(r.rendered(), model);
            pages.add(new RedlinePage(r, current, false, r.current() ? rendered : DeeperPage.relink(rendered)));
            pages.add(new RedlinePage(r, current, true, r.source()));
        }
        return new PageBatch(pages, bodies);
    }

    /** The current version's page offers its redline beside its PDF. */
    @Override
    public Map<String, List<NavLink>> downloads(SiteModel model) {
        Map<String, List<NavLink>> links = new HashMap<>();
        archive.currentRedlines().forEach((id, previousVersion) -> {
            if (model.published(id)) {
                links.put(DocumentSummary.pagePath(id), List.of(NavLink.labelled("redline.since",
                        VersionRedline.currentPath(id), previousVersion)));
            }
        });
        return links;
    }
}
