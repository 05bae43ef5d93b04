package io.github.isms.engine;

import java.nio.file.Path;

/**
 * How the site is built.
 *
 * @param siteDir where the finished site ends up; it is replaced as a whole, never half-written
 * @param pdf     whether PDFs are rendered next to the pages ({@code -Disms.pdf=false} for a fast HTML-only build)
 */
public record SiteOptions(Path siteDir, boolean pdf) {

    /** The {@code isms:site} default: {@code <outputDir>/site}, with PDFs. */
    public static SiteOptions defaults(Path outputDir) {
        return new SiteOptions(outputDir.resolve("site"), true);
    }
}
