package io.github.isms.engine;

import io.github.isms.sign.SigningSettings;
import java.nio.file.Path;

/**
 * How the site is built.
 *
 * @param siteDir where the finished site ends up; it is replaced as a whole, never half-written
 * @param pdf     whether PDFs are rendered next to the pages ({@code -Disms.pdf=false} for a fast HTML-only build)
 * @param signing the key that signs the PDFs; a generated development key when no keystore is configured
 */
public record SiteOptions(Path siteDir, boolean pdf, SigningSettings signing) {

    public SiteOptions(Path siteDir, boolean pdf) {
        this(siteDir, pdf, SigningSettings.developmentKey());
    }

    public SiteOptions {
        signing = signing == null ? SigningSettings.developmentKey() : signing;
    }

    /** The {@code isms:site} default: {@code <outputDir>/site}, with PDFs. */
    public static SiteOptions defaults(Path outputDir) {
        return new SiteOptions(outputDir.resolve("site"), true);
    }

    /** The same options, signing with {@code settings}. */
    public SiteOptions withSigning(SigningSettings settings) {
        return new SiteOptions(siteDir, pdf, settings);
    }
}
