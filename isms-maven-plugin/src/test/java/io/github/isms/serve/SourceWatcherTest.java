package io.github.isms.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path dir;

    private final Semaphore changes = new Semaphore(0);
    private final List<Set<Path>> calls = new CopyOnWriteArrayList<>();

    private void changed(Set<Path> paths) {
        calls.add(paths);
        changes.release();
    }

    @Test
    void aWriteInAFolderBelowTheRootIsSeen() throws Exception {
        Path doc = Files.createDirectories(dir.resolve("documents/policies")).resolve("a.md");
        Files.writeString(doc, "one");
        try (SourceWatcher watcher = SourceWatcher.start(List.of(dir), Duration.ofMillis(50), this::changed)) {
            Files.writeString(doc, "two");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(calls.get(0)).as("the callback is told what changed").containsExactly(doc);
        }
    }

    @Test
    void aSaveByRenameIsSeenAsOneChange() throws Exception {
        Path doc = dir.resolve("a.md");
        Files.writeString(doc, "one");
        try (SourceWatcher watcher = SourceWatcher.start(List.of(dir), Duration.ofMillis(300), this::changed)) {
            Path temporary = dir.resolve(".a.md.swp");
            Files.writeString(temporary, "two");
            Files.move(temporary, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(doc, Files.getLastModifiedTime(doc));
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).as("one call for the burst").isFalse();
            assertThat(calls.get(0)).as("the document and the editor's temporary file").contains(doc, temporary);
        }
    }

    @Test
    void aFolderCreatedWhileWatchingIsWatchedToo() throws Exception {
        try (SourceWatcher watcher = SourceWatcher.start(List.of(dir), Duration.ofMillis(50), this::changed)) {
            Path folder = Files.createDirectories(dir.resolve("new"));
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            Files.writeString(folder.resolve("b.md"), "new");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void afterCloseNothingIsCalled() throws IOException, InterruptedException {
        SourceWatcher watcher = SourceWatcher.start(List.of(dir), Duration.ofMillis(50), this::changed);
        watcher.close();
        Files.writeString(dir.resolve("late.md"), "late");
        assertThat(changes.tryAcquire(500, TimeUnit.MILLISECONDS)).isFalse();
    }
}
