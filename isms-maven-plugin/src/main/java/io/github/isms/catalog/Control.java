package io.github.isms.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * One control of a catalog: its id (e.g. {@code A.5.15}), short title, the group it belongs to
 * (a 2022 theme, a 2013 section, or a group of an organisation's own catalog) and, where the
 * catalog has them, its control objective (2013 edition) and its title in other languages.
 *
 * @param titles language tag ({@code nl}, {@code de}) to the title in that language; empty when the catalog gives none
 */
public record Control(String id, String title, String catalogId, String groupId, String objectiveId,
                      Map<String, String> titles) {

    public Control {
        titles = Map.copyOf(titles);
    }

    public Optional<String> objective() {
        return Optional.ofNullable(objectiveId);
    }

    /**
     * The title in a language, or the catalog's own title when it gives none in that language; a regional tag
     * ({@code de-CH}) takes its language's title ({@code de}) when the catalog has none for the region.
     */
    public String title(String language) {
        return translated(titles, language, title);
    }

    static String translated(Map<String, String> titles, String language, String fallback) {
        if (language == null || language.isBlank()) {
            return fallback;
        }
        String exact = titles.get(language);
        if (exact != null) {
            return exact;
        }
        int dash = language.indexOf('-');
        return dash < 0 ? fallback : titles.getOrDefault(language.substring(0, dash), fallback);
    }
}
