package io.github.isms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the lines of the design that a compiler does not. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MAVEN_PACKAGE = SOURCES.resolve("io/github/isms/maven");
    private static final Pattern MAVEN_API = Pattern.compile("\\borg\\.apache\\.maven\\.");

    @Test
    void onlyTheMavenPackageUsesTheMavenApiSoTheEngineRunsWithoutMaven() throws IOException {
        assertThat(SOURCES.resolve("io/github/isms/engine/IsmsEngine.java")).exists();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAVEN_PACKAGE))
                    .filter(ArchitectureTest::mentionsMaven)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).as("classes outside io.github.isms.maven that use org.apache.maven.*").isEmpty();
        }
    }

    @Test
    void theMavenPackageDoesUseIt() throws IOException {
        try (Stream<Path> files = Files.list(MAVEN_PACKAGE)) {
            assertThat(files.filter(ArchitectureTest::mentionsMaven)).isNotEmpty();
        }
    }

    private static boolean mentionsMaven(Path file) {
        try {
            return MAVEN_API.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
