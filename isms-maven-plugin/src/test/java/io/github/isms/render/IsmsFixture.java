package io.github.isms.render;

import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.xref.ReferenceTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small ISMS written into a temporary folder and loaded the way the plugin loads it, so tests
 * of rendering run on real files with real line numbers.
 */
public final class IsmsFixture {

    public static final String CONFIG = """
            organization:
              name: Example Corp
            framework: iso27001:2022
            roles:
              CISO: [alice@example.com]
              CEO: [bob@example.com]
            classifications: [public, internal, confidential, strictly-confidential]
            defaults:
              classification: internal
              review: 12 months
              owner: CISO
              approvers: [CEO]
            site:
              publish: internal
            mandatoryDocuments: off
            """;

    public static final ReferenceTargets TARGETS = ReferenceTargets.of(
            Map.of("A.5.15", "Access control", "A.5.1", "Policies for information security"),
            Map.of("7.5.3", "Control of documented information", "5.2", "Policy"));

    private final Path projectDir;

    public IsmsFixture(Path projectDir) {
        this.projectDir = projectDir;
        file("src/isms/isms.yaml", CONFIG);
    }

    /** Writes a document under {@code src/isms/documents/} with front matter for {@code id}. */
    public IsmsFixture document(String relativePath, String id, String body) {
        return document(relativePath, id, "internal", body);
    }

    public IsmsFixture document(String relativePath, String id, String classification, String body) {
        return file("src/isms/documents/" + relativePath, "---\nid: " + id + "\ntitle: Title of " + id
                + "\ntype: policy\nversion: \"1.0\"\nclassification: " + classification + "\n---\n" + body);
    }

    /** The file line of the body's first line in documents written by {@link #document}. */
    public static final int BODY_FIRST_LINE = 8;

    public IsmsFixture file(String path, String text) {
        try {
            Path file = projectDir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IsmsProject load() {
        Diagnostics loading = new Diagnostics();
        IsmsProject project = new ProjectLoader(SourceLayout.defaults(projectDir)).load(loading);
        if (loading.hasErrors()) {
            throw new IllegalStateException("fixture does not load: " + loading.all());
        }
        return project;
    }

    /** The project path of the document that {@link #renderWithMain} writes. */
    public static final String MAIN = "src/isms/documents/policies/main.md";

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
