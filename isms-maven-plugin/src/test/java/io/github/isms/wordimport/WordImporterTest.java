package io.github.isms.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import io.github.isms.testing.WordProcessors;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files written by pandoc and LibreOffice, imported into an ISMS that isms:check then accepts. */
class WordImporterTest {

    @TempDir
    Path project;

    @TempDir
    Path word;

    private TestIsms isms;

    @BeforeEach
    void anIsms() {
        isms = TestIsms.in(project);
    }

    private ImportResult importFrom(Path from) {
        return importFrom(from, ImportLimits.defaults());
    }

    private ImportResult importFrom(Path from, ImportLimits limits) {
        return new IsmsEngine().importWord(new ImportRequest(SourceLayout.defaults(project), from, limits));
    }

    private String written(ImportResult result, String id) throws IOException {
        ImportedFile file = result.files().stream().filter(f -> id.equals(f.id())).findFirst().orElseThrow();
        assertThat(file.imported()).as(file.toString()).isTrue();
        return Files.readString(project.resolve(file.written()));
    }

    private static List<String> lines(ImportResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private void assertTheCheckPasses() {
        CheckResult check = isms.check();
        assertThat(check.errors()).extracting(Diagnostic::format).isEmpty();
    }

    @Test
    void aPandocDocumentBecomesMarkdownWithItsHeadingsListsTablesLinksFootnotesAndImages() throws IOException {
        Files.write(word.resolve("diagram.png"), WordProcessors.png(16));
        WordProcessors.pandoc(word, "access-control-policy", """
                ---
                title: Access Control Policy
                ---

                # Purpose

                This policy is **binding** for *all* staff.[^law] See [ISO](https://www.iso.org/) and write {{ braces }}.

                ## Rules

                - First rule
                    - nested rule
                        - deeper rule
                - Second rule

                1. Request access
                2. Approve it

                | Role  | Rights |
                |-------|--------|
                | Staff | read   |
                | Admin | write  |

                ![Network diagram](diagram.png)

                [^law]: Applies from 2026.
                """);
        Files.delete(word.resolve("diagram.png"));

        ImportResult result = importFrom(word);

        assertThat(result.errors()).isEmpty();
        String markdown = written(result, "ACCESS-CONTROL-POLICY");
        assertThat(markdown)
                .startsWith("---\nid: \"ACCESS-CONTROL-POLICY\"\ntitle: \"Access Control Policy\"\ntype: \"policy\"\nversion: \"0.1\"\n"
                        + "owner: TODO\n")
                .contains("\n# Purpose\n")
                .contains("This policy is **binding** for *all* staff.[^1] See [ISO](https://www.iso.org/) and write {{ '{{' }} braces }}.")
                .contains("\n## Rules\n")
                .contains("\n- First rule\n    - nested rule\n        - deeper rule\n- Second rule\n")
                .contains("1. Request access\n1. Approve it")
                .contains("| Role | Rights |\n|---|---|\n| Staff | read |\n| Admin | write |")
                .contains("![Network diagram](/assets/ACCESS-CONTROL-POLICY/image-1.png)")
                .contains("\n[^1]: Applies from 2026.\n");
        assertThat(project.resolve("src/isms/assets/ACCESS-CONTROL-POLICY/image-1.png")).isRegularFile();
        assertThat(lines(result)).singleElement().asString()
                .startsWith(word.resolve("access-control-policy.docx") + ":1:1: IMPORT_GUESSED id 'ACCESS-CONTROL-POLICY' is made from the file name");
        assertThat(result.summary()).hasSize(2).last().asString()
                .contains("access-control-policy.docx").contains("ACCESS-CONTROL-POLICY").contains("src/isms/documents/imported/ACCESS-CONTROL-POLICY.md");

        CheckResult check = isms.check();
        assertThat(check.errors()).extracting(Diagnostic::format).isEmpty();
        assertThat(check.warnings()).extracting(Diagnostic::code).containsOnly(Code.FRONT_MATTER_TODO).hasSize(5);
        assertThat(check.warnings()).extracting(Diagnostic::format).first().asString()
                .isEqualTo("src/isms/documents/imported/ACCESS-CONTROL-POLICY.md:6:8: FRONT_MATTER_TODO 'owner' is still TODO;"
                        + " fill it in (until then the default of isms.yaml applies)");
    }

    @Test
    void aControlTableGivesTheFrontMatterAndMergedCellsAreFlattenedAndReported() throws IOException {
        WordProcessors.libreOfficeFromHtml(word, "backup", """
                <html><body>
                <table border="1">
                <tr><td>Document ID</td><td>POL-007</td></tr>
                <tr><td>Title</td><td>Backup Policy</td></tr>
                <tr><td>Version</td><td>v2.1</td></tr>
                <tr><td>Document owner</td><td>Jane Doe (CISO)</td></tr>
                <tr><td>Approved by</td><td>CEO</td></tr>
                <tr><td>Classification</td><td>Internal</td></tr>
                <tr><td>Effective date</td><td>1 March 2026</td></tr>
                <tr><td>Review frequency</td><td>Annually</td></tr>
                </table>
                <h1>Scope</h1>
                <p>All <b>servers</b> and <i>laptops</i>.</p>
                <h2>Schedule</h2>
                <table border="1">
                <tr><th>Data</th><th colspan="2">When</th></tr>
                <tr><td rowspan="2">Database</td><td>daily</td><td>02:00</td></tr>
                <tr><td>weekly</td><td>Sunday</td></tr>
                </table>
                <ol><li>Copy<ol><li>Verify</li></ol></li><li>Store off site</li></ol>
                <p>Contact <a href="mailto:backup@example.com">the backup team</a>.</p>
                </body></html>
                """);

        ImportResult result = importFrom(word.resolve("backup.docx"));

        String markdown = written(result, "POL-007");
        assertThat(markdown).startsWith("""
                ---
                id: "POL-007"
                title: "Backup Policy"
                type: "policy"
                version: "2.1"
                owner: "CISO"
                approvers: ["CEO"]
                classification: "internal"
                effective: "2026-03-01"
                review: "12 months"
                ---
                """);
        assertThat(markdown).doesNotContain("Document ID").contains("# Scope\n\nAll **servers** and *laptops*.\n\n## Schedule")
                .contains("| Data | When |  |\n|---|---|---|\n| Database | daily | 02:00 |\n|  | weekly | Sunday |")
                .contains("1. Copy\n    1. Verify\n1. Store off site")
                .contains("Contact [the backup team](mailto:backup@example.com).");
        assertThat(lines(result)).singleElement().asString().startsWith(word.resolve("backup.docx") + ":1:1: IMPORT_DROPPED");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.IMPORT_DROPPED);
            assertThat(d.message()).contains("merged table cells (flattened; the text stays in the first cell)");
        });
        assertTheCheckPasses();
        assertThat(isms.check().warnings()).isEmpty();
    }

    @Test
    void trackedChangesAreAcceptedAndCommentsAndFieldsAreReportedAsDropped() throws IOException {
        Path odt = word.resolve("changes.fodt");
        Files.writeString(odt, """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:body><office:text>
                  <text:tracked-changes>
                   <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>Ann</dc:creator>
                     <dc:date>2026-01-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
                   <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>Ann</dc:creator>
                     <dc:date>2026-01-01T10:00:00</dc:date></office:change-info><text:p>old words </text:p></text:deletion></text:changed-region>
                  </text:tracked-changes>
                  <text:h text:style-name="Heading_20_1" text:outline-level="1">Changes</text:h>
                  <text:p>Keep <text:change-start text:change-id="ct1"/>new words <text:change-end text:change-id="ct1"/><text:change text:change-id="ct2"/>here.<office:annotation><dc:creator>Bob</dc:creator><text:p>Is this right?</text:p></office:annotation></text:p>
                  <text:p>Page <text:page-number text:select-page="current">1</text:page-number> of the policy.</text:p>
                 </office:text></office:body>
                </office:document>
                """, StandardCharsets.UTF_8);
        WordProcessors.libreOffice(odt, "docx:MS Word 2007 XML", null);
        Files.delete(odt);

        ImportResult result = importFrom(word);

        String markdown = written(result, "CHANGES");
        assertThat(markdown).contains("# Changes\n\nKeep new words here.\n\nPage 1 of the policy.\n")
                .doesNotContain("old words").doesNotContain("Is this right?");
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.IMPORT_DROPPED).singleElement().asString()
                .contains("tracked changes (accepted: insertions kept, deletions removed)").contains("comments: 1")
                .contains("fields (kept as the text they show)");
        assertTheCheckPasses();
    }

    @Test
    void eachWordFileThatCanNotBeImportedIsOneLineNamingItAndTheOthersStillImport() throws Exception {
        Path good = WordProcessors.pandoc(word, "good", "# Good\n\nFine.\n");
        byte[] goodBytes = Files.readAllBytes(good);
        Files.write(word.resolve("corrupt.docx"), Arrays.copyOf(goodBytes, goodBytes.length / 2));
        Files.writeString(word.resolve("notes.txt"), "not a Word file, not looked at");
        WordProcessors.libreOffice(good, "doc:MS Word 97", null);
        Path macros = word.resolve("macros");
        Files.createDirectories(macros);
        Files.copy(good, macros.resolve("macros.docx"));
        Path docm = WordProcessors.libreOffice(macros.resolve("macros.docx"), "docm:MS Word 2007 XML VBA", null);
        Files.copy(docm, word.resolve("macros.docm"));
        Files.copy(docm, word.resolve("renamed-docm.docx"));
        encrypt(good, word.resolve("protected.docx"));
        zipBomb(good, word.resolve("bomb.docx"), 8 * 1024 * 1024);
        WordProcessors.pandoc(word, "no-headings", "Only a paragraph.\n\nAnd another.\n");
        Files.write(word.resolve("big.png"), WordProcessors.png(400));
        WordProcessors.pandoc(word, "big-image", "# Picture\n\n![big](big.png)\n");
        Files.delete(word.resolve("big.png"));
        List<Path> before = filesOutsideTheIsms();

        ImportResult result = importFrom(word, new ImportLimits(4 * 1024 * 1024, 10_000, 64 * 1024));

        assertThat(lines(result)).allSatisfy(line -> assertThat(line).startsWith(word.toString()));
        assertThat(result.diagnostics()).extracting(d -> d.position().path().substring(word.toString().length() + 1) + " " + d.code())
                .containsExactlyInAnyOrder(
                        "big-image.docx IMPORT_GUESSED", "big-image.docx IMPORT_DROPPED",
                        "bomb.docx IMPORT_UNREADABLE",
                        "corrupt.docx IMPORT_UNREADABLE",
                        "good.doc IMPORT_UNREADABLE",
                        "good.docx IMPORT_GUESSED",
                        "macros.docm IMPORT_UNREADABLE",
                        "no-headings.docx IMPORT_GUESSED", "no-headings.docx IMPORT_NO_HEADINGS",
                        "protected.docx IMPORT_UNREADABLE",
                        "renamed-docm.docx IMPORT_UNREADABLE");
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.IMPORT_NO_HEADINGS).singleElement().asString()
                .contains("no-headings.docx").contains("the document uses no heading styles; its text is imported as paragraphs");
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.IMPORT_GUESSED).extracting(Diagnostic::message)
                .contains("id 'GOOD' is made from the file name; title 'Good' is taken from the first heading; type 'policy' is a"
                        + " guess: neither the document nor its title names a type; version '0.1' is a guess: the document names no version");
        assertThat(messageFor(result, "good.doc")).contains("binary Word 97-2003 file (.doc)");
        assertThat(messageFor(result, "macros.docm")).contains("macro-enabled");
        assertThat(messageFor(result, "renamed-docm.docx")).contains("macro-enabled");
        assertThat(messageFor(result, "protected.docx")).contains("password-protected");
        assertThat(messageFor(result, "bomb.docx")).contains("inflates to more than 4 MB");
        assertThat(messageFor(result, "corrupt.docx")).contains("damaged");
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.IMPORT_DROPPED).singleElement().asString().contains("images over 0 MB");
        assertThat(result.files()).filteredOn(ImportedFile::imported).extracting(ImportedFile::id)
                .containsExactlyInAnyOrder("BIG-IMAGE", "GOOD", "NO-HEADINGS");
        assertThat(filesOutsideTheIsms()).isEqualTo(before);
        assertTheCheckPasses();
    }

    @Test
    void nothingIsOverwrittenWhenTheSameDocumentIsImportedAgain() throws IOException {
        Path docx = WordProcessors.pandoc(word, "again", "# Again\n\nFirst text.\n");
        assertThat(importFrom(docx).errors()).isEmpty();
        Path written = project.resolve("src/isms/documents/imported/AGAIN.md");
        Files.writeString(written, Files.readString(written) + "Edited after the import.\n");
        String edited = Files.readString(written);

        ImportResult again = importFrom(docx);

        assertThat(again.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.IMPORT_TARGET_EXISTS);
            assertThat(d.message()).startsWith("src/isms/documents/imported/AGAIN.md exists already; it is not overwritten");
        });
        assertThat(Files.readString(written)).isEqualTo(edited);
        assertThat(again.files()).singleElement().satisfies(f -> assertThat(f.imported()).isFalse());
    }

    @Test
    void aMissingSourceIsOneLine() {
        ImportResult result = importFrom(word.resolve("nowhere.docx"));
        assertThat(result.errors()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(Code.IMPORT_UNREADABLE));
        assertThat(result.files()).isEmpty();
    }

    private static String messageFor(ImportResult result, String file) {
        return result.errors().stream().filter(d -> d.position().path().endsWith("/" + file)).findFirst().orElseThrow().message();
    }

    private List<Path> filesOutsideTheIsms() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(project.resolve("src/isms"))).sorted().toList();
        }
    }

    /** The .docx encrypted with a password the way Word does it (agile encryption), by POI. */
    private static void encrypt(Path docx, Path encrypted) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(docx, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
    }

    /** The .docx with one more part of {@code bytes} zeros: a few kilobytes on disk. */
    private static void zipBomb(Path docx, Path bomb, int bytes) throws IOException {
        try (ZipFile in = new ZipFile(docx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < bytes; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
    }
}
