package io.github.isms.history.pages;

import io.github.isms.history.EarlierVersion;
import io.github.isms.site.DeeperPage;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.NavLink;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import io.github.isms.site.WithheldLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of earlier approved versions of published documents, and the redlines of every version
 * (the current one included) against the approved version before it, rendered and as source.
 */
public record SupersededPages(List<EarlierVersion> versions, List<VersionRedline> redlines) implements PageSource {

    public SupersededPages {
        versions = List.copyOf(versions);
        redlines = List.copyOf(redlines);
    }

    public SupersededPages(List<EarlierVersion> versions) {
        this(versions, List.of());
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        List<SitePage> pages = new ArrayList<>();
        for (EarlierVersion v : versions) {
            model.document(v.id()).ifPresent(current -> pages.add(new SupersededPage(v, current,
                    DeeperPage.relink(WithheldLinks.unlinkUnpublished(v.body(), model)))));
        }
        for (VersionRedline r : redlines) {
            model.document(r.id()).ifPresent(current -> {
                String rendered = WithheldLinks.unlinkUnpublished(r.rendered(), model);
                pages.add(new RedlinePage(r, current, false, r.current() ? rendered : DeeperPage.relink(rendered)));
                pages.add(new RedlinePage(r, current, true, r.source()));
            });
        }
        return pages;
    }

    /** The current version's page offers its redline beside its PDF. */
    @Override
    public Map<String, List<NavLink>> downloads(SiteModel model) {
        Map<String, List<NavLink>> links = new HashMap<>();
        for (VersionRedline r : redlines) {
            if (r.current() && model.published(r.id())) {
                links.put(DocumentSummary.pagePath(r.id()), List.of(
                        NavLink.labelled("redline.since", r.path(), r.previousVersion())));
            }
        }
        return links;
    }

    @Override
    public List<String> bodies(SiteModel model) {
        return versions.stream().filter(v -> model.document(v.id()).isPresent()).map(EarlierVersion::body).toList();
    }
}
