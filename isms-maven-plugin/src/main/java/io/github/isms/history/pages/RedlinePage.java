package io.github.isms.history.pages;

import io.github.isms.history.EarlierVersion;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.SitePage;

/**
 * {@code docs/<ID>/[v<version>/]redline.html}: what changed from the approved version before, as the
 * rendered document; {@code redline-source.html} beside it shows the Markdown source.
 *
 * @param body the rendered redline with its links made relative to this page, or the source redline
 */
public record RedlinePage(VersionRedline redline, DocumentSummary current, boolean source, String body)
        implements SitePage {

    @Override
    public String path() {
        return source ? redline.sourcePath() : redline.path();
    }

    @Override
    public String template() {
        return "redline";
    }

    @Override
    public String title() {
        return redline.id() + " changes from version " + redline.previousVersion() + " to " + redline.version();
    }

    /** The page of the version the redline leads to, relative to the site root. */
    public String versionUrl() {
        return redline.current() ? current.url() : EarlierVersion.pagePath(redline.id(), redline.version());
    }

    /** The other form of the same redline. */
    public String otherUrl() {
        return source ? redline.path() : redline.sourcePath();
    }
}
