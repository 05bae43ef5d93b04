package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void aWriterThatSucceedsReplacesTheWholeFolder() throws IOException {
        Path site = parent.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("old.html"), "old");

        AtomicDirectory.replace(site, staging -> write(staging.resolve("new.html"), "new"));

        assertThat(site.resolve("new.html")).hasContent("new");
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFolderAsItWasAndNoTraces() throws IOException {
        Path site = parent.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "last good");

        assertThatThrownBy(() -> AtomicDirectory.replace(site, staging -> {
            write(staging.resolve("index.html"), "half");
            throw new UncheckedIOException(new IOException("disk full"));
        })).hasMessageContaining("disk full");

        assertThat(site.resolve("index.html")).hasContent("last good");
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void theFirstBuildCreatesTheFolderAndItsParents() {
        Path site = parent.resolve("target/isms/site");

        AtomicDirectory.replace(site, staging -> write(staging.resolve("index.html"), "first"));

        assertThat(site.resolve("index.html")).hasContent("first");
    }

    private Object[] siblings() throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
