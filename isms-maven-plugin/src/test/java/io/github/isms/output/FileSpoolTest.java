package io.github.isms.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSpoolTest {

    @TempDir
    Path parent;

    @Test
    void aSpooledFileWaitsOnDiskUnderItsNameAndGoesWhenTheSpoolIsClosed() throws IOException {
        Path file;
        try (FileSpool spool = FileSpool.in(parent)) {
            file = spool.put("docs/POL-001/POL-001.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

            assertThat(file).startsWith(parent).hasBinaryContent("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            assertThat(file.toString().replace('\\', '/')).endsWith("/docs/POL-001/POL-001.pdf");
        }
        assertThat(file).doesNotExist();
        assertThat(file.getParent().getParent().getParent()).doesNotExist();
    }

    @Test
    void aSpoolThatTakesNoFileWritesNothing() throws IOException {
        Path output = parent.resolve("target/isms/spool");
        try (FileSpool spool = FileSpool.in(output)) {
            assertThat(spool).isNotNull();
        }
        assertThat(parent.resolve("target")).doesNotExist();
    }

    @Test
    void twoSpoolsInOneFolderNeverShareAFile() {
        try (FileSpool first = FileSpool.in(parent); FileSpool second = FileSpool.in(parent)) {
            Path one = first.put("soa.pdf", new byte[] {1});
            Path two = second.put("soa.pdf", new byte[] {2});

            assertThat(one).isNotEqualTo(two).hasBinaryContent(new byte[] {1});
            assertThat(two).hasBinaryContent(new byte[] {2});
        }
    }

    @Test
    void theFolderOfABuildWhoseProcessEndedIsRemovedAndThatOfALiveOneKept() throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        Path abandoned = Files.createDirectories(parent.resolve(ended.pid() + "-killed/docs/POL-001"));
        Files.write(abandoned.resolve("POL-001.pdf"), new byte[] {1});
        Path live = Files.createDirectories(parent.resolve(ProcessHandle.current().pid() + "-running"));
        Path other = Files.createDirectories(parent.resolve("not-a-spool"));

        try (FileSpool spool = FileSpool.in(parent)) {
            spool.put("soa.pdf", new byte[] {2});

            assertThat(parent.resolve(ended.pid() + "-killed")).doesNotExist();
            assertThat(live).isDirectory();
            assertThat(other).isDirectory();
        }
    }

    @Test
    void aNameThatLeavesTheSpoolIsRefused() {
        try (FileSpool spool = FileSpool.in(parent.resolve("spool"))) {
            assertThatThrownBy(() -> spool.put("../outside.pdf", new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
            assertThat(parent.resolve("outside.pdf")).doesNotExist();
        }
    }
}
