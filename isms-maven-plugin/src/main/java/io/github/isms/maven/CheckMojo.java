package io.github.isms.maven;

import io.github.isms.diag.Diagnostic;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Validates the whole ISMS and fails the build on errors. Bound to {@code verify}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractIsmsMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:check skipped");
            return;
        }
        CheckResult result;
        try {
            result = new IsmsEngine().check(request());
        } catch (UncheckedIOException e) {
            // Not a problem in the ISMS but in the build's surroundings (a read-only target/, a full disk).
            throw new MojoExecutionException("isms:check could not write to " + outputDirectory + ": " + e.getCause().getMessage(), e);
        }
        report(withProjectWarnings(result));
    }

    /** The result with what only the Maven project can show: a site plugin too old for the report. */
    private CheckResult withProjectWarnings(CheckResult result) {
        if (plugin == null) {
            return result;
        }
        return SitePluginVersion.check(project, plugin.getPluginLookupKey())
                .map(warning -> {
                    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
                    all.add(warning);
                    return new CheckResult(result.project(), all, result.notes());
                })
                .orElse(result);
    }
}
