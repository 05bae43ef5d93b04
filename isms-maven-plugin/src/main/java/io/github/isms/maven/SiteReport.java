package io.github.isms.maven;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.source.SourceReader;
import java.io.File;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The ISMS site as a {@code mvn site} report: the same site as {@code isms:site}, written to
 * {@code target/site/isms} and linked from Project Reports. It is an external report: it writes
 * its own pages rather than a page in the Maven site's skin.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteReport extends AbstractMavenReport {

    /*
     * Maven injects parameters only into fields of the Mojo's own class hierarchy, and a report must
     * extend AbstractMavenReport, so it declares the few of AbstractIsmsMojo's parameters it needs.
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.directory}/isms", readonly = true, required = true)
    private File diagnosticsDirectory;

    /** The ISMS folder, as for {@code isms:check}. */
    @Parameter(property = "isms.sourceDirectory", defaultValue = "${project.basedir}/src/isms")
    private File sourceDirectory;

    /** The documents folder, as for {@code isms:check}; defaults to {@code documents/} inside the ISMS folder. */
    @Parameter(property = "isms.documentsDirectory")
    private File documentsDirectory;

    /** Render the documents' PDFs too. */
    @Parameter(property = "isms.pdf", defaultValue = "true")
    private boolean pdf;

    /** Skip this report. */
    @Parameter(property = "isms.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public String getOutputName() {
        return "isms/index";
    }

    @Override
    public String getName(Locale locale) {
        return "ISMS";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The information security management system: document register, documents, search.";
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && new File(sourceDirectory, "isms.yaml").isFile();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        File siteDir = new File(getReportOutputDirectory(), "isms");
        try {
            // A report fails the site build on errors only; warnings are for isms:check with failOnWarning.
            BuildRequest request = AbstractIsmsMojo.request(basedir, sourceDirectory, documentsDirectory,
                    diagnosticsDirectory, SourceReader.DEFAULT_MAX_BYTES).withSite(new SiteOptions(siteDir.toPath(), pdf));
            AbstractIsmsMojo.report(getLog(), new IsmsEngine().site(request), false, diagnosticsDirectory);
        } catch (MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }
}
