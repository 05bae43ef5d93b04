package io.github.isms.site;

/** {@code docs/<ID>/v<version>/redline.html}: what changed from the approved version before it. */
public record RedlinePage(EarlierVersion version, DocumentSummary current) implements SitePage {

    @Override
    public String path() {
        return version.redlinePath();
    }

    @Override
    public String template() {
        return "redline";
    }

    @Override
    public String title() {
        return version.id() + " changes from version " + version.previousVersion() + " to " + version.version();
    }
}
