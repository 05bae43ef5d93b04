package io.github.isms.maven;

import io.github.isms.engine.BuildResult;
import io.github.isms.engine.IsmsEngine;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the whole ISMS and fails the build on errors. Bound to {@code verify}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractIsmsMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:check skipped");
            return;
        }
        BuildResult result;
        try {
            result = new IsmsEngine().check(request());
        } catch (UncheckedIOException e) {
            // Not a problem in the ISMS but in the build's surroundings (a read-only target/, a full disk).
            throw new MojoExecutionException("isms:check could not write to " + outputDirectory + ": " + e.getCause().getMessage(), e);
        }
        report(result);
    }
}
