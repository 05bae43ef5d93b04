package io.github.isms.maven;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.sign.SigningSettings;
import io.github.isms.source.SourceReader;
import java.io.File;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

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

    /** A PKCS#12 keystore with the key that signs the PDFs; without one, a development key is generated (with a warning). */
    @Parameter(property = "isms.keystore")
    private File keystore;

    /** The key's alias in the keystore; may be left out when the keystore holds one key. */
    @Parameter(property = "isms.keystoreAlias")
    private String keystoreAlias;

    /** A settings.xml {@code <server>} whose password (encrypted passwords work) is the keystore password. */
    @Parameter(property = "isms.keystoreServerId")
    private String keystoreServerId;

    /** The environment variable holding the keystore password, read when no {@code keystoreServerId} is set. */
    @Parameter(property = "isms.keystorePasswordEnv", defaultValue = KeystoreConfiguration.DEFAULT_PASSWORD_ENV)
    private String keystorePasswordEnv;

    /** An RFC 3161 time-stamp authority; with it the signatures are PAdES B-T. */
    @Parameter(property = "isms.tsaUrl")
    private String tsaUrl;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    private SigningSettings signing() throws MojoExecutionException {
        return new KeystoreConfiguration(keystore, keystoreAlias, keystoreServerId, keystorePasswordEnv, tsaUrl, settings,
                decrypter, System::getenv).resolve(getLog());
    }

    /** Read a shallow git clone as a truncated history instead of failing with the fix. */
    @Parameter(property = "isms.allowShallow", defaultValue = "false")
    private boolean allowShallow;

    /** The reference date for overdue reviews (reproducible builds); without it, the time of the commit built. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

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
                    diagnosticsDirectory, SourceReader.DEFAULT_MAX_BYTES)
                    .withSite(pdf ? new SiteOptions(siteDir.toPath(), true).withSigning(signing()) : new SiteOptions(siteDir.toPath(), false))
                    .withHistory(AbstractIsmsMojo.history(false, allowShallow, outputTimestamp));
            AbstractIsmsMojo.report(getLog(), new IsmsEngine().site(request), false, diagnosticsDirectory);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }
}
