package io.github.isms.maven;

import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.wordimport.ImportRequest;
import io.github.isms.wordimport.ImportResult;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports Word {@code .docx} files as ISMS documents: front matter from each document's control
 * table and properties ({@code TODO} where it says nothing), the body as Markdown under
 * {@code documents/imported/}, images under {@code assets/}. Never overwrites a file; a Word file
 * that can not be imported is one line of the log and the others still import.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractIsmsMojo {

    /** The Word file to import, or a folder whose {@code .docx} files are imported (not its subfolders). */
    @Parameter(property = "isms.from", required = true)
    private File from;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:import skipped");
            return;
        }
        ImportResult result;
        try {
            result = new IsmsEngine().importWord(new ImportRequest(request().layout(), from.toPath()));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
        result.summary().forEach(getLog()::info);
        long imported = result.files().stream().filter(f -> f.imported()).count();
        getLog().info("isms:import imported " + imported + " of " + result.files().size()
                + " Word file(s); run isms:check and fill in the TODO values it reports");
        if (!result.errors().isEmpty()) {
            throw new MojoFailureException("isms:import: " + result.errors().size() + " Word file(s) were not imported;"
                    + " see the lines above");
        }
    }
}
