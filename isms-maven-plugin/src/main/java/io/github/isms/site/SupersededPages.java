package io.github.isms.site;

import java.util.ArrayList;
import java.util.List;

/** The pages of earlier approved versions of published documents, and their redlines. */
public record SupersededPages(List<EarlierVersion> versions) implements PageSource {

    public SupersededPages {
        versions = List.copyOf(versions);
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        List<SitePage> pages = new ArrayList<>();
        for (EarlierVersion v : versions) {
            model.document(v.id()).ifPresent(current -> {
                pages.add(new SupersededPage(v, current,
                        DeeperPage.relink(WithheldLinks.unlink(v.body(), model.withheldIds()))));
                if (!v.redline().isEmpty()) {
                    pages.add(new RedlinePage(v, current));
                }
            });
        }
        return pages;
    }

    @Override
    public List<String> bodies(SiteModel model) {
        return versions.stream().filter(v -> model.document(v.id()).isPresent()).map(EarlierVersion::body).toList();
    }
}
