package io.github.isms.site;

import java.util.List;

/**
 * Contributes pages (and header links to them) to the site. The built-in pages come from
 * {@link CorePages}; a feature such as the control catalog or the SoA adds its own source to
 * {@link SiteInputs#pageSources()}.
 */
public interface PageSource {

    List<SitePage> pages(SiteModel model);

    /** Links this source adds to the header navigation, in order. */
    default List<NavLink> navLinks() {
        return List.of();
    }
}
