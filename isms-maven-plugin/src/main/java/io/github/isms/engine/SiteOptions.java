package io.github.isms.engine;

import io.github.isms.sign.SigningSettings;
import java.nio.file.Path;

/**
 * How the site is built.
 *
 * @param siteDir  where the finished site ends up; it is replaced as a whole, never half-written
 * @param pdf      whether PDFs are rendered next to the pages ({@code -Disms.pdf=false} for a fast HTML-only build)
 * @param signing  the key that signs the PDFs; a generated development key when no keystore is configured
 * @param spareDir where the replaced site is kept for the next build to write over (creating every file
 *                 anew is the slow part of writing a site on many file systems); null deletes it
 */
public record SiteOptions(Path siteDir, boolean pdf, SigningSettings signing, Path spareDir) {

    public SiteOptions(Path siteDir, boolean pdf) {
        this(siteDir, pdf, SigningSettings.developmentKey(), null);
    }

    public SiteOptions {
        signing = signing == null ? SigningSettings.developmentKey() : signing;
    }

    /** The {@code isms:site} default: {@code <outputDir>/site}, with PDFs, the replaced site kept as a hidden spare. */
    public static SiteOptions defaults(Path outputDir) {
        return new SiteOptions(outputDir.resolve("site"), true).withSpareBeside();
    }

    /** The same options, signing with {@code settings}. */
    public SiteOptions withSigning(SigningSettings settings) {
        return new SiteOptions(siteDir, pdf, settings, spareDir);
    }

    /**
     * The same options, keeping the replaced site in the hidden folder {@code .<name>.spare} next to
     * {@code siteDir}. Not for a folder that is published as a whole with its hidden files (the
     * report's {@code target/site/isms}, which {@code site:deploy} uploads with its parent).
     */
    public SiteOptions withSpareBeside() {
        Path absolute = siteDir.toAbsolutePath();
        return new SiteOptions(siteDir, pdf, signing, absolute.resolveSibling("." + absolute.getFileName() + ".spare"));
    }
}
