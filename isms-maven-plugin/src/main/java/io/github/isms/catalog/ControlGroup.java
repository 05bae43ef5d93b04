package io.github.isms.catalog;

import java.util.List;
import java.util.Map;

/**
 * A titled group of controls: a theme (2022), a section with its objectives (2013), or a chapter
 * of an organisation's own catalog.
 *
 * @param objectives objective id to title, in catalog order (empty where the catalog has none)
 * @param titles     language tag to the group's title in that language; empty when the catalog gives none
 */
public record ControlGroup(String id, String title, Map<String, String> objectives, List<Control> controls,
                           Map<String, String> titles) {

    public ControlGroup {
        titles = Map.copyOf(titles);
    }

    /**
     * The title in a language, or the catalog's own title when it gives none in that language; a regional tag
     * ({@code de-CH}) takes its language's title ({@code de}) when the catalog has none for the region.
     */
    public String title(String language) {
        return Control.translated(titles, language, title);
    }
}
