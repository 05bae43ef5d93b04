package io.github.isms.maven;

import io.github.isms.diag.Diagnostic;
import io.github.isms.init.InitRequest;
import io.github.isms.init.InitResult;
import io.github.isms.init.Initializer;
import io.github.isms.init.TemplateSet;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new ISMS from the policy templates: isms.yaml, soa.yaml and the ISO/IEC 27001:2022
 * mandatory documents and common policies, written into the ISMS folder ({@code src/isms}).
 * Writes all files or none, and never overwrites a file unless {@code isms.force} is set.
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractIsmsMojo {

    /** The organisation's name, written into isms.yaml. Defaults to the POM's {@code <organization><name>}. */
    @Parameter(property = "isms.organization", defaultValue = "${project.organization.name}")
    private String organization;

    /** The framework the new ISMS follows; the templates are written for {@code iso27001:2022}. */
    @Parameter(property = "isms.framework", defaultValue = InitRequest.DEFAULT_FRAMEWORK)
    private String framework;

    /** Replace files that already exist instead of refusing. */
    @Parameter(property = "isms.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:init skipped");
            return;
        }
        InitRequest request;
        try {
            request = new InitRequest(request().layout(), organization, framework, force);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("isms:init: " + e.getMessage()
                    + " (set it with -Disms.organization=\"...\" / -Disms.framework=..., or in the plugin's <configuration>)");
        }
        InitResult result;
        try {
            result = new Initializer(TemplateSet.fromClassPath()).init(request);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            getLog().error(d.format());
        }
        if (result.refused()) {
            throw new MojoFailureException("isms:init wrote nothing: " + result.diagnostics().size()
                    + " file(s) already exist; see the lines above");
        }
        getLog().info("isms:init wrote " + result.written().size() + " files into " + sourceDirectory);
        getLog().info("Next: put the real e-mail addresses under roles: in isms.yaml, then run mvn verify");
    }
}
