package io.github.isms.testing;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An ISMS project written into a temporary folder, checked through the real engine (loader and
 * rules). Paths are relative to the project, as diagnostics show them.
 */
public final class TestIsms {

    public static final String ISMS_YAML = "src/isms/isms.yaml";
    public static final String DOCUMENTS = "src/isms/documents/";

    /**
     * A complete isms.yaml; line numbers in tests that edit it refer to this text. Mandatory-document
     * coverage is off: it has its own tests, and here it would add a warning per missing item.
     */
    public static final String VALID_CONFIG = """
            organization:
              name: Example Corp
            framework: iso27001:2022
            roles:
              CISO: [alice@example.com]
              CEO: [bob@example.com]
            classifications: [public, internal, confidential]
            defaults:
              classification: internal
              review: 12 months
              owner: CISO
              approvers: [CEO]
            approval:
              branch: main
              evidence: [trailers]
              trailers: [Approved-by]
            site:
              publish: internal
            mandatoryDocuments: off
            """;

    private final Path root;

    private TestIsms(Path root) {
        this.root = root;
    }

    /** A project with a valid isms.yaml and no documents. */
    public static TestIsms in(Path root) {
        return new TestIsms(root).file(ISMS_YAML, VALID_CONFIG);
    }

    /** A project already on disk, such as a git clone: nothing is written. */
    public static TestIsms at(Path root) {
        return new TestIsms(root);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public TestIsms config(String yaml) {
        return file(ISMS_YAML, yaml);
    }

    /** A document under {@code src/isms/documents/}. */
    public TestIsms document(String relative, String text) {
        return file(DOCUMENTS + relative, text);
    }

    /** A document under {@code src/isms/documents/}. */
    public TestIsms document(String relative, TestDocument document) {
        return document(relative, document.text());
    }

    public TestIsms file(String relative, TestDocument document) {
        return file(relative, document.text());
    }

    public TestIsms file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestIsms bytes(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestIsms delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CheckResult check() {
        return new IsmsEngine().check(BuildRequest.defaults(root));
    }

    /** Each diagnostic as its build-log line without the message: {@code path:line:column: CODE}. */
    public static List<String> places(CheckResult result) {
        return result.diagnostics().stream().map(TestIsms::place).toList();
    }

    public static String place(Diagnostic d) {
        return d.position() + ": " + d.code().name();
    }

    public static List<Diagnostic> withCode(CheckResult result, Code code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).toList();
    }
}
