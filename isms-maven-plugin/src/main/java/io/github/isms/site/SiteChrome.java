package io.github.isms.site;

import java.util.List;

/**
 * What the shared layout shows around every page, as templates see it ({@code site}): the
 * organisation, the header links and the navigation by type.
 */
public record SiteChrome(String organization, String language, String publishLimit, List<NavLink> links,
                         List<TypeGroup> types) {
}
