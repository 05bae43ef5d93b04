package io.github.isms.site;

/** {@code docs/<ID>/v<version>/index.html}: an earlier approved version, marked superseded, linking to the current one. */
public record SupersededPage(EarlierVersion version, DocumentSummary current) implements SitePage {

    @Override
    public String path() {
        return version.path();
    }

    @Override
    public String template() {
        return "superseded";
    }

    @Override
    public String title() {
        return version.id() + " " + version.title() + " (version " + version.version() + ", superseded)";
    }
}
