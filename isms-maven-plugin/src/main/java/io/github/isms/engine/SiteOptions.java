package io.github.isms.engine;

import io.github.isms.sign.SigningSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the site is built.
 *
 * @param siteDir  where the finished site ends up; it is replaced as a whole, never half-written
 * @param pdf      whether PDFs are rendered next to the pages ({@code -Disms.pdf=false} for a fast HTML-only build)
 * @param signing  the key that signs the PDFs; a generated development key when no keystore is configured
 * @param spareDir where the replaced site is kept for the next build to write over (creating every file
 *                 anew is the slow part of writing a site on many file systems); null deletes it
 * @param lockWait how long a build waits while another build writes into the same output folder
 * @param docx     whether every published document is also written as a Word file ({@code docs/<ID>/<ID>.docx})
 */
public record SiteOptions(Path siteDir, boolean pdf, SigningSettings signing, Path spareDir, Duration lockWait, boolean docx) {

    /** How long a build waits for another one in the same output folder unless told otherwise. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(300);

    public SiteOptions(Path siteDir, boolean pdf) {
        this(siteDir, pdf, SigningSettings.developmentKey(), null);
    }

    public SiteOptions(Path siteDir, boolean pdf, SigningSettings signing, Path spareDir) {
        this(siteDir, pdf, signing, spareDir, DEFAULT_LOCK_WAIT);
    }

    /** Without Word files: they are asked for with {@link #withDocx(boolean)} (the {@code isms:site} goal does by default). */
    public SiteOptions(Path siteDir, boolean pdf, SigningSettings signing, Path spareDir, Duration lockWait) {
        this(siteDir, pdf, signing, spareDir, lockWait, false);
    }

    public SiteOptions {
        signing = signing == null ? SigningSettings.developmentKey() : signing;
        lockWait = lockWait == null ? DEFAULT_LOCK_WAIT : lockWait;
    }

    /** The {@code isms:site} default: {@code <outputDir>/site}, with PDFs, the replaced site kept as a hidden spare. */
    public static SiteOptions defaults(Path outputDir) {
        return new SiteOptions(outputDir.resolve("site"), true).withSpareBeside();
    }

    /** The same options, signing with {@code settings}. */
    public SiteOptions withSigning(SigningSettings settings) {
        return new SiteOptions(siteDir, pdf, settings, spareDir, lockWait, docx);
    }

    /** The same options, with or without the documents as Word files. */
    public SiteOptions withDocx(boolean words) {
        return new SiteOptions(siteDir, pdf, signing, spareDir, lockWait, words);
    }

    /** The same options, waiting up to {@code wait} for another build in the same output folder. */
    public SiteOptions withLockWait(Duration wait) {
        return new SiteOptions(siteDir, pdf, signing, spareDir, wait, docx);
    }

    /**
     * The same options, keeping the replaced site in the hidden folder {@code .<name>.spare} next to
     * {@code siteDir}. Not for a folder that is published as a whole with its hidden files (the
     * report's {@code target/site/isms}, which {@code site:deploy} uploads with its parent).
     */
    public SiteOptions withSpareBeside() {
        Path absolute = siteDir.toAbsolutePath();
        return new SiteOptions(siteDir, pdf, signing, absolute.resolveSibling("." + absolute.getFileName() + ".spare"),
                lockWait, docx);
    }
}
