package io.github.isms.maven;

import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the ISMS intranet site (and, with {@code pdf}, the documents' PDFs) into {@code target/isms/site}. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractIsmsMojo {

    /** Where the site is written; the folder is replaced as a whole once the build succeeded. */
    @Parameter(property = "isms.siteDirectory", defaultValue = "${project.build.directory}/isms/site")
    private File siteDirectory;

    /** Render the documents' PDFs too; {@code -Disms.pdf=false} for a fast HTML-only build. */
    @Parameter(property = "isms.pdf", defaultValue = "true")
    private boolean pdf;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("isms:site skipped");
            return;
        }
        report(new IsmsEngine().site(request().withSite(new SiteOptions(siteDirectory.toPath(), pdf))));
        getLog().info("ISMS site: " + new File(siteDirectory, "index.html"));
    }
}
