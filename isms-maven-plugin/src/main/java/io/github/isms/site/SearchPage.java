package io.github.isms.site;

import io.github.isms.i18n.Labels;

/** {@code search.html}: the offline search form; results come from {@code search-index.js}. */
public record SearchPage() implements SitePage {

    @Override
    public String path() {
        return "search.html";
    }

    @Override
    public String template() {
        return "search";
    }

    @Override
    public String title() {
        return "Search";
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("nav.search");
    }
}
