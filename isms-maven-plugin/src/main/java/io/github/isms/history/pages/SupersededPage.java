package io.github.isms.history.pages;

import io.github.isms.history.EarlierVersion;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.SitePage;

/**
 * {@code docs/<ID>/v<version>/index.html}: an earlier approved version, marked superseded (or in force, while
 * the newer content is a draft pending approval), linking to the current one.
 *
 * @param body the version's body as this page shows it: links to withheld documents unlinked, the rest relative to this page
 */
public record SupersededPage(EarlierVersion version, DocumentSummary current, String body) implements SitePage {

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
        return version.id() + " " + version.title() + " (version " + version.version()
                + (version.inForce() ? ", in force)" : ", superseded)");
    }
}
