package io.github.isms.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made once from the same inputs: taken from the cache after, made again when anything about them differs. */
class FileCacheTest {

    private record Inputs(String id, String body) {
    }

    @TempDir
    Path dir;

    private final AtomicInteger makes = new AtomicInteger();

    private Supplier<byte[]> maker(String text) {
        return () -> {
            makes.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsMadeOnceAndTakenFromTheCacheByTheNextBuild() {
        FileCache first = FileCache.open(dir, "1");
        assertThat(text(first.get("a.docx", new Inputs("A", "x"), maker("made")))).isEqualTo("made");
        assertThat(first.made()).containsExactly("a.docx");

        FileCache second = FileCache.open(dir, "1");
        assertThat(text(second.get("a.docx", new Inputs("A", "x"), maker("made again")))).isEqualTo("made");
        assertThat(second.made()).isEmpty();
        assertThat(makes).hasValue(1);
    }

    @Test
    void otherInputsMakeTheFileAgainAndPruningRemovesTheEntryNoLongerUsed() throws IOException {
        FileCache.open(dir, "1").get("a.docx", new Inputs("A", "x"), maker("x"));
        FileCache second = FileCache.open(dir, "1");
        assertThat(text(second.get("a.docx", new Inputs("A", "y"), maker("y")))).isEqualTo("y");
        assertThat(second.made()).containsExactly("a.docx");
        assertThat(entries()).hasSize(2);
        second.prune();
        assertThat(entries()).hasSize(1);
    }

    @Test
    void anotherPluginVersionMakesEveryFileAgainAndPrunesTheOldEntries() throws IOException {
        FileCache.open(dir, "1").get("a.docx", new Inputs("A", "x"), maker("x"));
        FileCache other = FileCache.open(dir, "2");
        other.get("a.docx", new Inputs("A", "x"), maker("x"));
        assertThat(other.made()).containsExactly("a.docx");
        other.prune();
        assertThat(entries()).hasSize(1);
        assertThat(makes).hasValue(2);
    }

    @Test
    void aDamagedEntryIsMadeAgain() throws IOException {
        FileCache.open(dir, "1").get("a.docx", new Inputs("A", "x"), maker("made"));
        for (Path entry : entries()) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 1] ^= 1;
            Files.write(entry, bytes);
        }
        FileCache again = FileCache.open(dir, "1");
        assertThat(text(again.get("a.docx", new Inputs("A", "x"), maker("made")))).isEqualTo("made");
        assertThat(again.made()).containsExactly("a.docx");
    }

    @Test
    void withoutACacheOrWithInputsThatHaveNoFingerprintEveryFileIsMade() {
        FileCache none = FileCache.none();
        none.get("a.docx", new Inputs("A", "x"), maker("x"));
        none.get("a.docx", new Inputs("A", "x"), maker("x"));
        FileCache.open(dir, "1").get("b.docx", new Object(), maker("y"));
        FileCache.open(dir, "1").get("b.docx", new Object(), maker("y"));
        assertThat(makes).hasValue(4);
        assertThat(dir).isEmptyDirectory();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
