package io.github.isms.catalog.pages;

import io.github.isms.site.PageSource;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import java.util.List;

/** The redlines of soa.yaml's versions, one page each. */
public record SoaRedlines(List<SoaRedlinePage> redlines) implements PageSource {

    public SoaRedlines {
        redlines = List.copyOf(redlines);
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        return List.copyOf(redlines);
    }
}
