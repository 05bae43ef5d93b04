package io.github.isms.render;

import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import io.github.isms.xref.ReferenceTargets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small ISMS written into a temporary folder (through {@link TestIsms}) and loaded the way the
 * plugin loads it, so tests of rendering run on real files with real line numbers.
 */
public final class IsmsFixture {

    public static final ReferenceTargets TARGETS = ReferenceTargets.of(
            Map.of("A.5.15", "Access control", "A.5.1", "Policies for information security"),
            Map.of("7.5.3", "Control of documented information", "5.2", "Policy"));

    /** The file line of the body's first line in documents written by {@link #document}. */
    public static final int BODY_FIRST_LINE = 8;

    /** The project path of the document that {@link #renderWithMain} writes. */
    public static final String MAIN = TestIsms.DOCUMENTS + "policies/main.md";

    private final TestIsms files;

    /** A project with the shared test isms.yaml (site.publish: internal) and no documents. */
    public IsmsFixture(Path projectDir) {
        this.files = TestIsms.in(projectDir);
    }

    /** Writes a document under {@code src/isms/documents/} with front matter for {@code id}. */
    public IsmsFixture document(String relativePath, String id, String body) {
        return document(relativePath, id, "internal", body);
    }

    public IsmsFixture document(String relativePath, String id, String classification, String body) {
        return file(TestIsms.DOCUMENTS + relativePath, TestDocument.of(id).version("1.0").field("classification", classification)
                .noBlankLineAfterFence().body(body).text());
    }

    public IsmsFixture file(String path, String text) {
        files.file(path, text);
        return this;
    }

    /** A path in the project, for tests that make links. */
    public Path path(String relative) {
        return files.path(relative);
    }

    public IsmsProject load() {
        Diagnostics loading = new Diagnostics();
        IsmsProject project = new ProjectLoader(SourceLayout.defaults(files.root())).load(loading);
        if (loading.hasErrors()) {
            throw new IllegalStateException("fixture does not load: " + loading.all());
        }
        return project;
    }

    /** Writes document POL-001 at {@link #MAIN} with {@code body}, then renders the whole fixture. */
    public Result renderWithMain(String body) {
        document("policies/main.md", "POL-001", body);
        return render();
    }

    /** Renders the whole fixture; the result and every diagnostic. */
    public Result render() {
        Diagnostics diagnostics = new Diagnostics();
        RenderedDocuments documents = new DocumentRenderer().renderAll(load(), TARGETS, diagnostics);
        return new Result(documents, diagnostics.all());
    }

    public record Result(RenderedDocuments documents, List<Diagnostic> diagnostics) {

        public String html(String id) {
            return documents.get(id).orElseThrow().html();
        }

        /** The diagnostics as build-log lines, {@code path:line:column: CODE message}. */
        public List<String> lines() {
            return diagnostics.stream().map(Diagnostic::format).toList();
        }
    }
}
