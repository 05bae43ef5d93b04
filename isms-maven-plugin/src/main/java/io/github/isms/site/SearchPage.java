package io.github.isms.site;

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
}
