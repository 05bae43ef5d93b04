package io.github.isms.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("target/isms");
    }

    @Test
    void aSecondBuildInAnotherProcessCanNotLockTheFolderUntilTheFirstIsKilledAndThenNeedsNoCleanUp() throws Exception {
        Process holder = ForkedJvm.start(OutputLockHolder.class, dir.resolve("holder.log"), output().toString());
        try {
            awaitLine(dir.resolve("holder.log"), "locked", holder);

            Optional<OutputLock> whileHeld = OutputLock.acquire(output(), Duration.ofMillis(300));
            assertThat(whileHeld).as("locked by another process").isEmpty();

            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no finally
            assertThat(output().resolve(OutputLock.FILE_NAME)).as("the stale lock file is still there").exists();
            try (OutputLock afterKill = OutputLock.acquire(output(), Duration.ofSeconds(5)).orElseThrow()) {
                assertThat(afterKill).isNotNull();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aSecondBuildInTheSameJvmWaitsForTheFirstToReleaseTheLock() throws Exception {
        OutputLock first = OutputLock.acquire(output(), Duration.ZERO).orElseThrow();
        CompletableFuture<Optional<OutputLock>> second = CompletableFuture.supplyAsync(() -> {
            try {
                return OutputLock.acquire(output(), Duration.ofSeconds(30));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertThat(second).as("still waiting").isNotDone();

        first.close();

        Optional<OutputLock> got = second.get(10, TimeUnit.SECONDS);
        assertThat(got).isPresent();
        got.get().close();
    }

    @Test
    void aWaitThatRunsOutGivesNoLockAndLeavesTheHoldersLockInForce() throws Exception {
        try (OutputLock first = OutputLock.acquire(output(), Duration.ZERO).orElseThrow()) {
            assertThat(OutputLock.acquire(output(), Duration.ofMillis(200))).isEmpty();
            assertThat(OutputLock.acquire(output(), Duration.ZERO)).as("the first holder still has it").isEmpty();
        }
        try (OutputLock again = OutputLock.acquire(output(), Duration.ZERO).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void anOutputFolderThatIsAFileCanNotBeLocked() throws Exception {
        Files.createDirectories(output().getParent());
        Files.writeString(output(), "a file where the folder belongs");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputLock.acquire(output(), Duration.ZERO))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    static void awaitLine(Path log, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child did not say '" + text + "' in 30 s");
    }
}
