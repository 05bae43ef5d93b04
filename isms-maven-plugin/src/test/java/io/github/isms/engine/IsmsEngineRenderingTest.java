package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.render.IsmsFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsmsEngineRenderingTest {

    @TempDir
    Path dir;

    @Test
    void checkReportsPlaceholderAndReferenceErrorsOfDocumentBodies() {
        IsmsFixture isms = new IsmsFixture(dir);
        isms.document("policies/p.md", "POL-001", "Welcome to {{ org.nmae }}.\n\nSee [[POL-404]] and [x](missing.md).\n");
        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(dir));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.errors()).extracting(Diagnostic::code)
                .containsExactly(Code.PLACEHOLDER_UNKNOWN, Code.REF_NOT_FOUND, Code.REF_NOT_FOUND);
    }

    @Test
    void aCleanIsmsPassesTheCheck() {
        IsmsFixture isms = new IsmsFixture(dir);
        isms.document("policies/p.md", "POL-001", "# {{ doc.title }}\n\nSee [[POL-002]].\n");
        isms.document("policies/q.md", "POL-002", "# Other\n");
        assertThat(new IsmsEngine().check(BuildRequest.defaults(dir)).diagnostics()).isEmpty();
    }
}
