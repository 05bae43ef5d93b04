package io.github.isms.catalog;

import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small ISMS written into a temporary folder, for tests that need real files and real line numbers. */
final class SmallIsms {

    private final Path root;

    private SmallIsms(Path root) {
        this.root = root;
    }

    /** isms.yaml with one role, the given framework and any further top-level settings, one per line. */
    static SmallIsms in(Path root, String framework, String... settings) {
        SmallIsms isms = new SmallIsms(root);
        isms.file("isms.yaml", """
                organization: {name: Test Corp}
                framework: %s
                roles:
                  CISO: [ciso@example.com]
                defaults: {owner: CISO, approvers: [CISO]}
                """.formatted(framework) + String.join("\n", settings) + (settings.length == 0 ? "" : "\n"));
        return isms;
    }

    /** A document with the given extra front matter lines (controls:, clauses:). */
    SmallIsms document(String id, String... frontMatter) {
        return file("documents/" + id + ".md", TestDocument.of(id).title("Document " + id).version("1.0").lines(frontMatter)
                .body("# " + id).text());
    }

    SmallIsms file(String pathInIsms, String text) {
        try {
            Path file = root.resolve("src/isms").resolve(pathInIsms);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path root() {
        return root;
    }

    CheckResult check() {
        return new IsmsEngine().check(BuildRequest.defaults(root));
    }

    /** Builds the site into {@code target/isms/site} and returns that folder. */
    Path site() {
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(root));
        if (result.hasErrors()) {
            throw new AssertionError("the site build failed: " + result.errors());
        }
        return root.resolve("target/isms/site");
    }

    List<Diagnostic> diagnostics() {
        return check().diagnostics();
    }

    IsmsProject project() {
        return new ProjectLoader(SourceLayout.defaults(root)).load(new Diagnostics());
    }

    CatalogModel model() {
        return CatalogModel.load(project(), new Diagnostics());
    }
}
