package io.github.isms.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * isms:init reads the jar through index.txt only; a file missing from the index would silently never be installed.
 * The English set lies at the root of the templates folder, every other language in a folder named after it, and
 * all of them have the files the index names, under the same paths.
 */
class TemplateIndexTest {

    private static final Path ROOT = Path.of("src/main/resources/io/github/isms/templates");
    /** The languages besides English, each a folder of ROOT. */
    private static final List<String> TRANSLATIONS = List.of("nl", "de");

    private static List<String> indexed() throws IOException {
        return Files.readAllLines(ROOT.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The files of one language's set, relative to its folder. */
    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.txt") && TRANSLATIONS.stream().noneMatch(l -> p.startsWith(l + "/")))
                    .sorted().toList();
        }
    }

    @Test
    void theIndexListsEveryTemplateFileExactlyOnceInOrder() throws IOException {
        assertThat(indexed()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(filesIn(ROOT));
        assertThat(indexed()).startsWith("isms.yaml", "soa.yaml");
    }

    @Test
    void everyLanguageHasExactlyTheFilesOfTheIndexAndNoOtherLanguageFolderExists() throws IOException {
        for (String language : TRANSLATIONS) {
            assertThat(filesIn(ROOT.resolve(language))).as(language).containsExactlyInAnyOrderElementsOf(indexed());
        }
        try (Stream<Path> top = Files.list(ROOT)) {
            assertThat(top.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("documents"), TRANSLATIONS.stream()).toList());
        }
    }

    @Test
    void everyTranslatedDocumentKeepsTheIdTypeControlsAndClausesOfItsEnglishOriginalAndNamesItsLanguage() throws IOException {
        for (String language : TRANSLATIONS) {
            for (String path : indexed().stream().filter(p -> p.endsWith(".md")).toList()) {
                List<String> original = frontMatter(ROOT.resolve(path));
                List<String> translated = frontMatter(ROOT.resolve(language).resolve(path));
                for (String key : List.of("id", "type", "version", "owner", "approvers", "classification", "review", "controls", "clauses")) {
                    assertThat(line(translated, key)).as(language + "/" + path + " " + key).isEqualTo(line(original, key));
                }
                assertThat(line(translated, "language")).as(language + "/" + path).isEqualTo("language: " + language);
                assertThat(line(translated, "title")).as(language + "/" + path).isNotEqualTo(line(original, "title"));
            }
        }
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

    /** The lines between the two {@code ---} lines that open a document. */
    private static List<String> frontMatter(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as(document.toString()).isEqualTo("---");
        return lines.subList(1, lines.subList(1, lines.size()).indexOf("---") + 1);
    }

    /** The one front matter line of a key, or null. */
    private static String line(List<String> frontMatter, String key) {
        List<String> lines = frontMatter.stream().filter(l -> l.startsWith(key + ":")).toList();
        assertThat(lines).as(key).hasSizeLessThanOrEqualTo(1);
        return lines.isEmpty() ? null : lines.get(0);
    }
}
