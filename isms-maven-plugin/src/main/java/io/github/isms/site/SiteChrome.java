package io.github.isms.site;

import java.util.List;
import java.util.Map;

/**
 * What the shared layout shows around every page, as templates see it ({@code site}): the
 * organisation, the header links, the navigation by type, and the files each page offers for
 * download ({@code site.downloadsOf(current)}), and where the build comes from ({@code site.provenance}).
 */
public record SiteChrome(String organization, String language, String publishLimit, List<NavLink> links,
                         List<TypeGroup> types, Map<String, List<NavLink>> downloads, Provenance provenance) {

    public SiteChrome(String organization, String language, String publishLimit, List<NavLink> links, List<TypeGroup> types) {
        this(organization, language, publishLimit, links, types, Map.of(), SiteInputs.NOT_STATED);
    }

    public SiteChrome {
        downloads = Map.copyOf(downloads);
    }

    /** The downloads of the page at {@code path} (relative to the site root), in the order their sources gave them. */
    public List<NavLink> downloadsOf(String path) {
        return downloads.getOrDefault(path, List.of());
    }
}
