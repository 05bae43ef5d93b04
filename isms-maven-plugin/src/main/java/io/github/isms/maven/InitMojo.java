package io.github.isms.maven;

import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.init.InitRequest;
import io.github.isms.init.NewProject;
import io.github.isms.init.People;
import io.github.isms.init.InitResult;
import io.github.isms.source.SourceLayout;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new ISMS from the policy templates: isms.yaml, soa.yaml and the ISO/IEC 27001:2022
 * mandatory documents and common policies, written into the ISMS folder ({@code src/isms}).
 * In a folder without a pom.xml it also writes the Maven project around it (pom.xml, .gitignore).
 * Writes all files or none, and never overwrites a file unless {@code isms.force} is set.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractIsmsMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /**
     * Who holds the roles of the new ISMS, written into isms.yaml:
     * {@code CISO=alice@example.com;CEO=bob@example.com,carol@example.com}. Roles not named keep
     * placeholder addresses.
     */
    @Parameter(property = "isms.people")
    private String people;

    /** The group id of the pom.xml written into a folder without one. */
    @Parameter(property = "isms.groupId", defaultValue = "com.example")
    private String groupId;

    /** The artifact id of the pom.xml written into a folder without one; defaults to the folder's name. */
    @Parameter(property = "isms.artifactId")
    private String artifactId;

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
        InitResult result;
        try {
            request = newProjectFolder() == null
                    ? new InitRequest(request().layout(), organization, framework, force, People.parse(people), null)
                    : newProjectRequest(newProjectFolder());
            result = new IsmsEngine().init(request);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("isms:init: " + e.getMessage()
                    + " (set it with -Disms.organization=\"...\", -Disms.people=\"CISO=alice@example.com;CEO=bob@example.com\","
                    + " -Disms.framework=..., or in the plugin's <configuration>)");
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
        getLog().info("isms:init wrote " + result.written().size() + " files into " + request.layout().projectDir());
        getLog().info("Next steps:");
        for (int i = 0; i < result.nextSteps().size(); i++) {
            getLog().info("  " + (i + 1) + ". " + result.nextSteps().get(i));
        }
    }

    /** The folder Maven runs in when it has no pom.xml (Maven then runs a placeholder project), else null. */
    private File newProjectFolder() {
        if (project != null && project.getFile() != null) {
            return null;
        }
        return new File(session.getExecutionRootDirectory());
    }

    /** A new Maven project: the ISMS in its standard place, and a pom.xml pinning this plugin. */
    private InitRequest newProjectRequest(File folder) {
        Path dir = folder.toPath().toAbsolutePath().normalize();
        SourceLayout layout = SourceLayout.defaults(dir);
        NewProject pom = new NewProject(groupId,
                artifactId != null && !artifactId.isBlank() ? artifactId : NewProject.artifactIdOf(dir.getFileName() == null ? null : dir.getFileName().toString()),
                plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion());
        return new InitRequest(layout, organization, framework, force, People.parse(people), pom);
    }
}
