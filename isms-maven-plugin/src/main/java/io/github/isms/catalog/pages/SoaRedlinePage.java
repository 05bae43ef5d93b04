package io.github.isms.catalog.pages;

import io.github.isms.site.SitePage;

/**
 * {@code soa/v<version>/redline.html}: what changed in soa.yaml from the approved version before.
 *
 * @param redline the source redline as HTML lines ({@code <ins>}/{@code <del>}), for a {@code <pre>}
 */
public record SoaRedlinePage(String version, String previousVersion, String date, String redline) implements SitePage {

    /** Where the redline of a version of the SoA is published. */
    public static String pathOf(String version) {
        return "soa/v" + version + "/redline.html";
    }

    @Override
    public String path() {
        return pathOf(version);
    }

    @Override
    public String template() {
        return "soa-redline";
    }

    @Override
    public String title() {
        return "Statement of Applicability: changes from version " + previousVersion + " to " + version;
    }
}
