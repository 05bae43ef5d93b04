package io.github.isms.maven;

import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.PackRequest;
import io.github.isms.engine.SiteOptions;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packs the built site for an auditor into {@code target/<finalName>-audit-pack.zip} and attaches it to the
 * build (classifier {@code audit-pack}), so {@code install} and {@code deploy} publish it. It packs the site
 * that isms:site built in the same run ({@code mvn isms:site isms:audit-pack}); it does not build one itself.
 */
@Mojo(name = "audit-pack", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class AuditPackMojo extends AbstractSigningMojo {

    /** The classifier of the attached zip. */
    static final String CLASSIFIER = "audit-pack";

    /** The built site to pack (isms:site's output). */
    @Parameter(property = "isms.siteDirectory", defaultValue = "${project.build.directory}/isms/site")
    File siteDirectory;

    /** Where the zip is written. */
    @Parameter(property = "isms.auditPack", defaultValue = "${project.build.directory}/${project.build.finalName}-audit-pack.zip")
    File auditPack;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:audit-pack skipped");
            return;
        }
        SiteOptions options = new SiteOptions(siteDirectory.toPath(), true).withSigning(signing());
        report(new IsmsEngine().auditPack(new PackRequest(request().withSite(options), auditPack.toPath())));
        projectHelper.attachArtifact(project, "zip", CLASSIFIER, auditPack);
        getLog().info("Audit pack: " + auditPack);
    }
}
