package io.github.isms.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a zip that claims to be an audit pack: nothing lands outside the temporary folder, every broken entry is named. */
class PackVerifierTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../escaped.txt", "docs/../../escaped.txt", "/tmp/escaped.txt", "C:/escaped.txt", "docs\\..\\..\\escaped.txt",
            "./escaped.txt"})
    void anEntryNamedToLeaveThePackFolderIsReportedAndNeverUnpacked(String name) throws IOException {
        Path zip = zip(name, "zip slip".getBytes(StandardCharsets.UTF_8), ZipEntry.DEFLATED);

        List<Diagnostic> findings = PackVerifier.verify(zip, TrustPolicy.none()).findings();

        assertThat(findings).anyMatch(d -> d.code() == Code.PACK_ENTRY_UNSAFE && d.position().path().equals(name));
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).resolve("escaped.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void aFileThatIsNoZipIsUnreadable() throws IOException {
        Path file = dir.resolve("pack.zip");
        Files.writeString(file, "not a zip");

        assertThat(PackVerifier.verify(file, TrustPolicy.none()).findings())
                .extracting(Diagnostic::code).containsExactly(Code.PACK_UNREADABLE);
    }

    @Test
    void aDeflatedEntryWithAFlippedByteIsNamedAsChangedAfterPacking() throws IOException {
        byte[] text = "register line\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Path zip = zip("register.csv", text, ZipEntry.DEFLATED);
        byte[] bytes = Files.readAllBytes(zip);
        bytes[60] ^= 0x55; // inside the compressed data, after the 30-byte local header and the name
        Files.write(zip, bytes);

        List<Diagnostic> findings = PackVerifier.verify(zip, TrustPolicy.none()).findings();

        assertThat(findings).anyMatch(d -> d.code() == Code.PACK_UNREADABLE && d.position().path().equals("register.csv"));
    }

    @Test
    void aPackWithoutItsManifestFails() throws IOException {
        Path zip = zip("register.csv", "id\n".getBytes(StandardCharsets.UTF_8), ZipEntry.DEFLATED);

        assertThat(PackVerifier.verify(zip, TrustPolicy.none()).findings()).extracting(Diagnostic::code)
                .contains(Code.MANIFEST_MISSING);
    }

    private Path zip(String name, byte[] content, int method) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(method);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        Path file = dir.resolve("pack.zip");
        Files.write(file, out.toByteArray());
        return file;
    }
}
