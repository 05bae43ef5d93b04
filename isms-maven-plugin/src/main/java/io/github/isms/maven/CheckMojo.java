package io.github.isms.maven;

import io.github.isms.engine.IsmsEngine;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the whole ISMS and fails the build on errors. Bound to {@code verify}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractIsmsMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("isms:check skipped");
            return;
        }
        report(new IsmsEngine().check(request()));
    }
}
