package io.github.isms.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** isms:init reads the jar through index.txt only; a file missing from the index would silently never be installed. */
class TemplateIndexTest {

    private static final Path ROOT = Path.of("src/main/resources/io/github/isms/templates");

    @Test
    void theIndexListsEveryTemplateFileExactlyOnceInOrder() throws IOException {
        List<String> indexed = Files.readAllLines(ROOT.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> present;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            present = walk.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.txt")).sorted().toList();
        }

        assertThat(indexed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
        assertThat(indexed).startsWith("isms.yaml", "soa.yaml");
    }

    @Test
    void everyTemplateIsValidUtf8WithUnixLineEndings() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                assertThat(text).as(file.toString()).doesNotContain("\r").endsWith("\n");
            }
        }
    }
}
