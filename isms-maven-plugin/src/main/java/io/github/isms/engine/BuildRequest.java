package io.github.isms.engine;

import io.github.isms.source.SourceLayout;
import java.nio.file.Path;

/**
 * What a build is asked to do, in plain values; the Maven layer fills it from parameters.
 *
 * @param layout    where the ISMS sources lie
 * @param outputDir where the plugin writes ({@code target/isms}): diagnostics.json, the site
 * @param site      where and how {@link IsmsEngine#site} builds the site
 */
public record BuildRequest(SourceLayout layout, Path outputDir, SiteOptions site) {

    public BuildRequest(SourceLayout layout, Path outputDir) {
        this(layout, outputDir, SiteOptions.defaults(outputDir));
    }

    public static BuildRequest defaults(Path projectDir) {
        return new BuildRequest(SourceLayout.defaults(projectDir), projectDir.resolve("target/isms"));
    }

    /** The same request with other site options. */
    public BuildRequest withSite(SiteOptions options) {
        return new BuildRequest(layout, outputDir, options);
    }
}
