package io.github.isms.maven;

import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.PreviewEvents;
import io.github.isms.engine.PreviewOptions;
import io.github.isms.engine.PreviewSession;
import io.github.isms.engine.SiteOptions;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Live preview for authors: builds the site into {@code target/isms/serve}, serves it on
 * {@code http://127.0.0.1:8000/}, builds it again whenever a source changes and reloads the open
 * pages; a failed build shows its diagnostics in the page. Runs until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractIsmsMojo {

    /** The port of the preview; 0 picks a free one. */
    @Parameter(property = "isms.port", defaultValue = "8000")
    int port;

    /** The address the preview listens on; the loopback address, so that only this machine sees the drafts. */
    @Parameter(property = "isms.bind", defaultValue = PreviewOptions.LOOPBACK)
    String bind;

    /** Render the documents' PDFs too (signed with a development key: a preview is never published). */
    @Parameter(property = "isms.pdf", defaultValue = "false")
    boolean pdf;

    /** Where the preview's site is built; apart from {@code isms:site}'s, which it never touches. */
    @Parameter(property = "isms.serveDirectory", defaultValue = "${project.build.directory}/isms/serve")
    File serveDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:serve skipped");
            return;
        }
        PreviewOptions options = new PreviewOptions(bind, port, PreviewOptions.DEFAULT_QUIET);
        if (!options.loopbackOnly()) {
            getLog().warn("isms:serve listens on " + bind + ": other machines can read the drafts it serves");
        }
        SiteOptions site = new SiteOptions(serveDirectory.toPath(), pdf).withSpareBeside().withLockWait(Duration.ofSeconds(30));
        PreviewSession session;
        try {
            session = new IsmsEngine().serve(request().withSite(site), options, new PreviewEvents() {
                @Override
                public void built(CheckResult result, Duration took) {
                    ServeMojo.this.built(result, took);
                }

                @Override
                public void pageUpdated(String page, Duration took) {
                    getLog().info("isms:serve: " + page + " updated in " + took.toMillis() + " ms; building the rest");
                }
            });
        } catch (IOException e) {
            throw new MojoExecutionException("isms:serve can not listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another port with -Disms.port=<port>", e);
        }
        Thread stop = new Thread(session::close, "isms-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("ISMS preview: " + session.address() + " (rebuilds on save; Ctrl-C stops it)");
        try {
            session.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running
            }
        }
    }

    /* Each build's diagnostics, and one line an author can watch (and a benchmark can time). */
    private void built(CheckResult result, Duration took) {
        AbstractIsmsMojo.log(getLog(), result);
        String outcome = result.errors().isEmpty() ? "site built" : "build failed, the last good site stays";
        getLog().info("isms:serve: " + outcome + " in " + took.toMillis() + " ms: " + result.project().documents().size()
                + " document(s), " + result.errors().size() + " error(s), " + result.warnings().size() + " warning(s)");
    }
}
