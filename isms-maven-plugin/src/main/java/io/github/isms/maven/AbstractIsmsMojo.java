package io.github.isms.maven;

import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.source.SourceLayout;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, and the one way diagnostics reach the Maven log. */
abstract class AbstractIsmsMojo extends AbstractMojo {

    /** The project folder; Maven leaves it empty only for isms:init in a folder without a pom.xml. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** The ISMS folder: isms.yaml, soa.yaml, risks.yaml, assets/, theme/. */
    @Parameter(property = "isms.sourceDirectory", defaultValue = "${project.basedir}/src/isms")
    protected File sourceDirectory;

    /** The documents folder; defaults to {@code documents/} inside the ISMS folder. */
    @Parameter(property = "isms.documentsDirectory")
    protected File documentsDirectory;

    /** Where the plugin writes diagnostics.json and the site. */
    @Parameter(property = "isms.outputDirectory", defaultValue = "${project.build.directory}/isms")
    protected File outputDirectory;

    /** Files larger than this are refused (FILE_TOO_LARGE). */
    @Parameter(property = "isms.maxFileBytes", defaultValue = "8388608")
    protected long maxFileBytes;

    /** Fail the build on warnings too. */
    @Parameter(property = "isms.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Drafts (content that is not an approved version) are errors, not warnings, and a development key may not sign the PDFs: for release builds. */
    @Parameter(property = "isms.requireApproval", defaultValue = "false")
    protected boolean requireApproval;

    /** Read a shallow git clone as a truncated history instead of failing with the fix. */
    @Parameter(property = "isms.allowShallow", defaultValue = "false")
    protected boolean allowShallow;

    /** The reference date for overdue reviews (reproducible builds); without it, the time of the commit built. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /** Skip this goal. */
    @Parameter(property = "isms.skip", defaultValue = "false")
    protected boolean skip;

    protected BuildRequest request() throws MojoFailureException {
        return request(basedir, sourceDirectory, documentsDirectory, outputDirectory, maxFileBytes)
                .withHistory(history(requireApproval, allowShallow, outputTimestamp));
    }

    /** The one mapping of the history parameters; the {@code mvn site} report shares it. */
    static HistoryOptions history(boolean requireApproval, boolean allowShallow, String outputTimestamp)
            throws MojoFailureException {
        return new HistoryOptions(requireApproval, allowShallow, OutputTimestamp.parse(outputTimestamp));
    }

    /** The one mapping of goal parameters to a request; the {@code mvn site} report shares it. */
    static BuildRequest request(File basedir, File sourceDirectory, File documentsDirectory, File outputDirectory, long maxFileBytes) {
        File documents = documentsDirectory != null ? documentsDirectory : new File(sourceDirectory, "documents");
        SourceLayout layout = new SourceLayout(basedir.toPath(), sourceDirectory.toPath(), documents.toPath(), maxFileBytes);
        return new BuildRequest(layout, outputDirectory.toPath());
    }

    /** Logs every diagnostic as {@code path:line:column: CODE message}, then fails on errors (or warnings, if asked). */
    protected void report(CheckResult result) throws MojoFailureException {
        report(getLog(), result, failOnWarning, outputDirectory);
    }

    static void report(Log log, CheckResult result, boolean failOnWarning, File outputDirectory) throws MojoFailureException {
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                log.error(d.format());
            } else {
                log.warn(d.format());
            }
        }
        result.notes().forEach(log::info);
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException("The ISMS has " + errors + " error(s) and " + warnings
                    + " warning(s); see the lines above or " + new File(outputDirectory, "diagnostics.json"));
        }
        log.info("ISMS: " + result.project().documents().size() + " document(s), " + errors + " error(s), "
                + warnings + " warning(s)");
    }
}
