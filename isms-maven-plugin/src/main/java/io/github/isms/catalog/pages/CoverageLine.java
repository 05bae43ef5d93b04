package io.github.isms.catalog.pages;

import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.CoverageItem;
import io.github.isms.site.SiteModel;
import java.util.List;

/**
 * One item of mandatory documented information and what provides it.
 *
 * @param producedBy   the page the plugin builds for it ({@code soa.html}, {@code risks.html}), or {@code ""}
 * @param producedFrom the source file that page is built from ({@code soa.yaml}, {@code risks.yaml}), or {@code ""}
 * @param pending      drafts that name the item but do not provide it until they are approved
 */
public record CoverageLine(String name, String kind, List<RefLink> refs, boolean satisfied, boolean extended,
                           List<LinkedDocument> documents, String producedBy, String producedFrom,
                           List<LinkedDocument> pending) {

    static CoverageLine of(CoverageItem item, CatalogSet catalogs, SiteModel model) {
        return new CoverageLine(item.item().name(), item.item().kind(),
                item.item().refs().stream().map(r -> RefLink.of(r, catalogs)).toList(), item.satisfied(), item.item().extended(),
                item.documents().stream().map(d -> LinkedDocument.of(d, model)).toList(),
                // Each source the plugin produces an item from has a page of the same name: soa.yaml, soa.html.
                item.producedByPlugin() ? item.item().producedBy().replace(".yaml", ".html") : "",
                item.producedByPlugin() ? item.item().producedBy() : "",
                item.pending().stream().map(d -> LinkedDocument.of(d, model)).toList());
    }
}
