package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import static io.github.isms.testing.TestIsms.DOCUMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine leaves a machine-readable copy of every diagnostic in target/isms/diagnostics.json for CI bots. */
class DiagnosticsJsonTest {

    @TempDir
    Path dir;

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("target/isms/diagnostics.json").toFile());
    }

    @Test
    void everyDiagnosticIsWrittenWithSeverityCodePathLineColumnAndMessage() throws IOException {
        CheckResult result = TestIsms.in(dir)
                .document("a.md", TestDocument.of("POL-1").field("effective", "2025-13-45").field("colour", "red"))
                .check();

        JsonNode json = json();
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
        assertThat(json.get("diagnostics")).hasSize(result.diagnostics().size());
        JsonNode first = json.get("diagnostics").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("code").asText()).isEqualTo("DATE_INVALID");
        assertThat(first.get("path").asText()).isEqualTo(DOCUMENTS + "a.md");
        assertThat(first.get("line").asInt()).isEqualTo(5);
        assertThat(first.get("column").asInt()).isEqualTo(12);
        assertThat(first.get("message").asText()).isEqualTo(result.diagnostics().get(0).message());
        JsonNode second = json.get("diagnostics").get(1);
        assertThat(second.get("severity").asText()).isEqualTo("warning");
        assertThat(second.get("code").asText()).isEqualTo("KEY_UNKNOWN");
        assertThat(second.get("line").asInt()).isEqualTo(6);
    }

    @Test
    void aCleanIsmsStillGetsAFileWithNoDiagnostics() throws IOException {
        TestIsms.in(dir).document("a.md", TestDocument.of("POL-1")).check();

        JsonNode json = json();
        assertThat(json.get("errors").asInt()).isZero();
        assertThat(json.get("warnings").asInt()).isZero();
        assertThat(json.get("diagnostics")).isEmpty();
    }

    @Test
    void theFileIsReplacedWholeOnTheNextRunAndNoTemporaryFileRemains() throws IOException {
        TestIsms isms = TestIsms.in(dir).document("a.md", "# no front matter\n");
        isms.check();
        assertThat(json().get("errors").asInt()).isEqualTo(1);

        isms.document("a.md", TestDocument.of("POL-1")).check();

        assertThat(json().get("errors").asInt()).isZero();
        try (var files = Files.list(dir.resolve("target/isms"))) {
            // beside it only the build cache of rendered bodies
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cache", "diagnostics.json");
        }
    }
}
