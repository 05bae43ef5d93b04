package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostic;
import io.github.isms.fuzz.Fuzz;
import io.github.isms.fuzz.Mutations;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing every parser at once, through the engine as a build runs them: isms.yaml, front matter,
 * soa.yaml, risks.yaml, an own catalog, placeholders, cross-references and Markdown, all mutated
 * from the files isms:init writes. Whatever the input, the build ends with diagnostics, never an
 * exception, and writes nothing outside its output folder.
 */
class IsmsEngineFuzzTest {

    private static final String CATALOG = """
            catalog: own
            title: Own measures
            groups:
              "1":
                title: Measures
                controls:
                  OWN-1: Policies
                  OWN-2: Incident handling
            """;

    @TempDir
    Path dir;

    @Test
    void aMutatedIsmsEndsInDiagnosticsNeverAnExceptionAndWritesOnlyIntoItsOutputFolder() {
        String config = template("isms.yaml") + "\ncatalogs: [catalogs/own.yaml]\n";
        Fuzz.run(20, (random, i) -> {
            Path project = dir.resolve("p" + i);
            TestIsms isms = TestIsms.at(project)
                    .file(TestIsms.ISMS_YAML, maybeMutated(config, random))
                    .file("src/isms/soa.yaml", maybeMutated(template("soa.yaml"), random))
                    .file("src/isms/risks.yaml", maybeMutated(template("risks.yaml"), random))
                    .file("src/isms/catalogs/own.yaml", maybeMutated(CATALOG, random));
            for (int d = 0; d < 4; d++) {
                isms.document("doc" + d + ".md", Mutations.mutatedDocument(random, 8));
            }
            List<String> before = filesOutsideOutput(project);

            BuildRequest request = BuildRequest.defaults(project).withSite(new SiteOptions(project.resolve("target/isms/site"), false));
            CheckResult result = i % 4 == 0 ? new IsmsEngine().site(request) : new IsmsEngine().check(request);

            for (Diagnostic d : result.diagnostics()) {
                assertThat(d.format()).as("a diagnostic line").matches("(?s)[^\\n]+:\\d+:\\d+: [A-Z_]+ .*");
            }
            assertThat(filesOutsideOutput(project)).as("files outside target/isms").isEqualTo(before);
        });
    }

    /* Mutated, or now and then as it is, so that the other files' parsers get valid neighbours too. */
    private static String maybeMutated(String text, Random random) {
        return random.nextInt(3) == 0 ? text : Mutations.mutate(text, random, 6);
    }

    private static List<String> filesOutsideOutput(Path project) throws IOException {
        Path output = project.resolve("target/isms");
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(f -> !f.startsWith(output) && !f.equals(output.getParent())).map(f -> project.relativize(f).toString()).sorted().toList();
        }
    }

    private static String template(String name) {
        try (InputStream in = IsmsEngineFuzzTest.class.getResourceAsStream("/io/github/isms/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
