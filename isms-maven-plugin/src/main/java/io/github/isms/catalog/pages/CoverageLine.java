package io.github.isms.catalog.pages;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.CoverageItem;
import io.github.isms.site.SiteModel;
import java.util.List;

/**
 * One item of mandatory documented information and what provides it.
 *
 * @param producedBy the page the plugin builds for it ({@code soa.html}), or {@code ""}
 */
public record CoverageLine(String name, String kind, List<RefLink> refs, boolean satisfied, boolean extended,
                           List<LinkedDocument> documents, String producedBy) {

    static CoverageLine of(CoverageItem item, CatalogSet catalogs, SiteModel model) {
        return new CoverageLine(item.item().name(), item.item().kind(),
                item.item().refs().stream().map(r -> RefLink.of(r, catalogs)).toList(), item.satisfied(), item.item().extended(),
                item.documents().stream().map(d -> LinkedDocument.of(d, model)).toList(),
                item.producedByPlugin() ? "soa.html" : "");
    }
}
