package io.github.isms.maven;

import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import java.io.File;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the ISMS intranet site (and, with {@code pdf}, the documents' PDFs) into {@code target/isms/site}. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractSigningMojo {

    /** Where the site is written; the folder is replaced as a whole once the build succeeded. */
    @Parameter(property = "isms.siteDirectory", defaultValue = "${project.build.directory}/isms/site")
    File siteDirectory;

    /** Render the documents' PDFs too; {@code -Disms.pdf=false} for a fast HTML-only build. */
    @Parameter(property = "isms.pdf", defaultValue = "true")
    boolean pdf;

    /** Write every published document as a Word file too ({@code docs/<ID>/<ID>.docx}); {@code -Disms.docx=false} skips them. */
    @Parameter(property = "isms.docx", defaultValue = "true")
    boolean docx;

    /** Seconds to wait while another build writes into the same output folder (its {@code build.lock}), then fail. */
    @Parameter(property = "isms.lockWait", defaultValue = "300")
    int lockWait;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:site skipped");
            return;
        }
        SiteOptions options = new SiteOptions(siteDirectory.toPath(), pdf).withLockWait(Duration.ofSeconds(lockWait)).withDocx(docx);
        // The spare (the replaced site, kept for the next build to write over) stays inside the
        // plugin's output folder: beside a site written elsewhere, perhaps a published folder, an
        // older build with documents withheld since would linger.
        if (siteDirectory.toPath().toAbsolutePath().normalize().startsWith(outputDirectory.toPath().toAbsolutePath().normalize())) {
            options = options.withSpareBeside();
        }
        report(new IsmsEngine().site(request().withSite(pdf ? options.withSigning(signing()) : options)));
        getLog().info("ISMS site: " + new File(siteDirectory, "index.html"));
    }
}
