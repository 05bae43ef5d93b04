package io.github.isms.docx;

import static io.github.isms.testing.GitCli.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.CatalogTargets;
import io.github.isms.check.CheckResult;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.model.IsmsProject;
import io.github.isms.output.FileCache;
import io.github.isms.output.FileSpool;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestDocument;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.verify.TrustPolicy;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word files of a site, read back by readers that are not ours: pandoc (headings, lists, tables, images and
 * the text of every document) and LibreOffice (converts each to PDF). One repository: POL-001 approved
 * with a body of every kind of block and three images (a PNG wider than the page, a small JPEG, a GIF in a
 * table cell), POL-002 a draft with a WebP image, REG-001 confidential and so not published.
 */
class SiteDocxTest {

    private static final Map<String, String> AT_NOON = Map.of("GIT_AUTHOR_DATE", "2026-01-01T12:00:00Z",
            "GIT_COMMITTER_DATE", "2026-01-01T12:00:00Z");
    private static final String BODY = """
            # Access control

            Access is granted by the **owner** of each *system*, see [[POL-002]] and [the ISO site](https://www.iso.org/).

            ## Rules

            1. Request access in the tracker.
            2. The owner approves:
               - for read access, alone;
               - for write access, with the CISO.
            3. Access is reviewed quarterly.

            - Accounts are personal.
            - Shared accounts are forbidden.

            ## Review intervals

            | System | Interval | Evidence |
            |---|---|---|
            | Payroll | 3 months | review record |
            | Wiki | 12 months | ticket |

            ### Exceptions

            > An exception is approved by the CISO.

            ```
            grant --user alice --role reader
            ```

            ## Network

            The zones: ![Network zones, from the internet to the payroll servers](/assets/zones.png)

            ![Badge](/assets/badge.jpg)

            | Zone | Symbol |
            |---|---|
            | Office | ![Office zone](/assets/office.gif) |
            """;

    @TempDir
    static Path tmp;
    static Path repo;
    static Path site;
    static CheckResult built;

    @BeforeAll
    static void buildTheSite() throws IOException {
        repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("src/isms/documents/policies"));
        git(repo, Map.of(), "init", "-q", "-b", "main");
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        Files.writeString(repo.resolve("src/isms/isms.yaml"), """
                organization: {name: Example Corp}
                framework: iso27001:2022
                roles: {CISO: [alice@example.com], CEO: [bob@example.com]}
                defaults: {classification: internal, review: 12 months, owner: CISO, approvers: [CEO]}
                approval: {branch: main, evidence: [trailers], trailers: [Approved-by]}
                site: {publish: internal}
                mandatoryDocuments: off
                """);
        git(repo, AT_NOON, "add", "-A");
        git(repo, AT_NOON, "commit", "-q", "-m", "Start the ISMS");
        // A merge request, approved by the CEO in its merge commit's trailer.
        git(repo, AT_NOON, "checkout", "-q", "-b", "access");
        write("policies/access.md", "POL-001", "Access control policy", "", BODY);
        write("policies/register.md", "REG-001", "Register of exceptions", "classification: confidential\n", "Names.\n");
        git(repo, AT_NOON, "add", "-A");
        git(repo, AT_NOON, "commit", "-q", "-m", "Access control policy");
        git(repo, AT_NOON, "checkout", "-q", "main");
        git(repo, AT_NOON, "merge", "-q", "--no-ff", "access", "-m",
                "Merge branch 'access' into 'main'\n\nAccess control policy\n\nApproved-by: Bob Ceo <bob@example.com>");
        Path assets = Files.createDirectories(repo.resolve("src/isms/assets"));
        Files.write(assets.resolve("zones.png"), image(1600, 400, "png"));
        Files.write(assets.resolve("badge.jpg"), image(200, 100, "jpeg"));
        Files.write(assets.resolve("office.gif"), image(400, 100, "gif"));
        // A WebP file's header: Word files take no WebP.
        Files.write(assets.resolve("flow.webp"), "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII));
        write("policies/backup.md", "POL-002", "Backup policy", "",
                "# Backups\n\nBack up **daily**.\n\n![Backup flow](/assets/flow.webp)\n");
        git(repo, AT_NOON, "add", "-A");
        git(repo, AT_NOON, "commit", "-q", "-m", "Backup policy, not yet approved");
        site = build("out", true);
    }

    private static void write(String path, String id, String title, String extra, String body) throws IOException {
        Files.writeString(repo.resolve("src/isms/documents/" + path),
                TestDocument.of(id).title(title).version("1.0").lines(extra.lines().toArray(String[]::new)).body(body).text());
    }

    private static Path build(String output, boolean docx) {
        CheckResult result = build(repo, tmp.resolve(output), docx);
        built = built == null ? result : built;
        return tmp.resolve(output).resolve("site");
    }

    /** Builds the site of {@code sources} into {@code out}{@code /site}, with its cache in {@code out}{@code /cache}. */
    private static CheckResult build(Path sources, Path out, boolean docx) {
        CheckResult result = new IsmsEngine().site(new BuildRequest(SourceLayout.defaults(sources), out,
                new SiteOptions(out.resolve("site"), false).withDocx(docx)));
        assertThat(result.errors()).isEmpty();
        return result;
    }

    /** An image of {@code width} × {@code height} pixels in {@code format}, drawn so that each format's bytes differ. */
    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1f4e79));
        g.fillRect(width / 10, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as(format).isTrue();
        return out.toByteArray();
    }

    @Test
    void everyPublishedDocumentHasAWordFileListedInTheManifestAndOfferedOnItsPage() throws IOException {
        assertThat(site.resolve("docs/POL-001/POL-001.docx")).isRegularFile();
        assertThat(site.resolve("docs/POL-002/POL-002.docx")).isRegularFile();
        assertThat(site.resolve("docs/REG-001")).doesNotExist();
        String manifest = Files.readString(site.resolve("manifest.json"));
        assertThat(manifest).contains("\"docs/POL-001/POL-001.docx\"").contains("\"docs/POL-002/POL-002.docx\"")
                .doesNotContain("REG-001.docx");
        assertThat(Jsoup.parse(site.resolve("docs/POL-001/index.html").toFile()).select("a[href$=POL-001.docx]").text())
                .isEqualTo(SiteDocx.LABEL);
    }

    @Test
    void theWordFilesWaitInTheSpoolAsTheyAreMadeNotInMemoryAndTheBuildLeavesNoneBehind() throws IOException {
        // The build above spooled its Word files under the output folder and took them with it.
        try (var left = Files.walk(tmp.resolve("out"))) {
            assertThat(left.filter(Files::isRegularFile).map(Path::toString)).noneMatch(p -> p.contains("spool"));
        }
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = new ProjectLoader(SourceLayout.defaults(repo)).load(diagnostics);
        SiteInputs inputs = SiteInputs.of(loaded, new DocumentRenderer().renderAll(loaded,
                new CatalogTargets(CatalogModel.load(loaded, diagnostics).catalogs()), diagnostics));
        Path spoolDir = tmp.resolve("spool");

        try (FileSpool spool = FileSpool.in(spoolDir)) {
            SiteInputs withWord = SiteDocx.addTo(inputs, FileCache.none(), spool, note -> { });

            SiteDocx docx = withWord.pageSources().stream().filter(SiteDocx.class::isInstance).map(SiteDocx.class::cast)
                    .findFirst().orElseThrow();
            assertThat(docx.spooled()).containsOnlyKeys("docs/POL-001/POL-001.docx", "docs/POL-002/POL-002.docx");
            assertThat(docx.spooled().values()).allSatisfy(file -> assertThat(file).startsWith(spoolDir).isRegularFile());
            assertThat(Files.readAllBytes(docx.spooled().get("docs/POL-001/POL-001.docx"))).startsWith(new byte[] {'P', 'K', 3, 4});
            assertThat(docx.files(SiteModel.of(withWord))).isEmpty();
        }
        try (var left = Files.walk(spoolDir)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void pandocReadsTheHeadingsListsAndTablesBack() throws Exception {
        String markdown = run(List.of("pandoc", "-f", "docx", "-t", "markdown", "--wrap=none",
                site.resolve("docs/POL-001/POL-001.docx").toString()));
        assertThat(markdown).contains("# Access control", "## Rules", "## Review intervals", "### Exceptions");
        assertThat(markdown).containsPattern("(?m)^1\\.\\s+Request access in the tracker\\.")
                .containsPattern("(?m)^2\\.\\s+The owner approves:")
                .containsPattern("(?m)^\\s+-\\s+for read access, alone;")
                .containsPattern("(?m)^-\\s+Accounts are personal\\.")
                .contains("**owner**", "*system*", "[the ISO site](https://www.iso.org/)");
        assertThat(markdown).containsPattern("Payroll\\s+\\|?\\s*3 months").containsPattern("Wiki\\s+\\|?\\s*12 months");
        // The control block: the cover's table and the revision history.
        assertThat(markdown).contains("Document ID", "POL-001", "Revision history", "Bob Ceo");
    }

    @Test
    void theTextOfEveryDocumentSurvivesTheRoundTripThroughPandoc() throws Exception {
        for (String id : List.of("POL-001", "POL-002")) {
            String page = Jsoup.parse(site.resolve("docs/" + id + "/index.html").toFile()).select(".document-body").text();
            String plain = run(List.of("pandoc", "-f", "docx", "-t", "plain", "--wrap=none",
                    site.resolve("docs/" + id + "/" + id + ".docx").toString()));
            List<String> missing = new ArrayList<>(words(page));
            missing.removeAll(words(plain));
            assertThat(page).isNotBlank();
            assertThat(missing).as(id + ": words of the page that are not in the Word file").isEmpty();
        }
    }

    @Test
    void libreOfficeConvertsEveryWordFileToPdf() throws Exception {
        Path out = tmp.resolve("libreoffice");
        Path profile = tmp.resolve("libreoffice-profile");
        for (String id : List.of("POL-001", "POL-002")) {
            run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                    "--outdir", out.toString(), site.resolve("docs/" + id + "/" + id + ".docx").toString()));
            assertThat(out.resolve(id + ".pdf")).isRegularFile();
            String text = run(List.of("pdftotext", out.resolve(id + ".pdf").toString(), "-"));
            assertThat(text).contains(id).contains("Uncontrolled when printed");
        }
    }

    @Test
    void headingsUseWordsHeadingStylesWithOutlineLevelsForTheNavigationPane() throws IOException {
        String document = entry(site.resolve("docs/POL-001/POL-001.docx"), "word/document.xml");
        String styles = entry(site.resolve("docs/POL-001/POL-001.docx"), "word/styles.xml");
        assertThat(document).contains("<w:pStyle w:val=\"Heading1\"/>", "<w:pStyle w:val=\"Heading2\"/>",
                "<w:pStyle w:val=\"Heading3\"/>");
        assertThat(styles).containsPattern("(?s)w:styleId=\"Heading2\">.*?<w:name w:val=\"heading 2\"/>.*?<w:outlineLvl w:val=\"1\"/>");
    }

    @Test
    void aDraftSaysDraftInItsStatusAndOnEveryPageAndADocumentInForceDoesNot() throws IOException {
        Path draft = site.resolve("docs/POL-002/POL-002.docx");
        Path inForce = site.resolve("docs/POL-001/POL-001.docx");
        assertThat(entry(draft, "word/header1.xml")).contains(">DRAFT · <");
        assertThat(entry(draft, "docProps/core.xml")).contains("<cp:contentStatus>DRAFT</cp:contentStatus>");
        assertThat(entry(inForce, "word/header1.xml")).doesNotContain("DRAFT");
        assertThat(entry(inForce, "word/document.xml")).doesNotContain("DRAFT");
    }

    @Test
    void twoBuildsOfTheSameSourcesWriteTheSameBytes() throws IOException {
        Path again = build("again", true);
        for (String id : List.of("POL-001", "POL-002")) {
            assertThat(Files.readAllBytes(again.resolve("docs/" + id + "/" + id + ".docx")))
                    .as(id).isEqualTo(Files.readAllBytes(site.resolve("docs/" + id + "/" + id + ".docx")));
        }
        // Dated as the PDF: the day of the newest revision, not the clock.
        assertThat(entry(site.resolve("docs/POL-001/POL-001.docx"), "docProps/core.xml"))
                .contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>");
    }

    @Test
    void pandocListsEveryImageWithItsAltTextAndExtractsTheSameBytes() throws Exception {
        Path media = tmp.resolve("pandoc-media");
        String markdown = run(List.of("pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", "--extract-media=" + media,
                site.resolve("docs/POL-001/POL-001.docx").toString()));
        assertThat(markdown).containsPattern("!\\[Network zones, from the internet to the payroll servers\\]\\(\\S+\\.png\\)")
                .containsPattern("!\\[Badge\\]\\(\\S+\\.jpe?g\\)").containsPattern("!\\[Office zone\\]\\(\\S+\\.gif\\)");
        Path assets = repo.resolve("src/isms/assets");
        try (var extracted = Files.walk(media)) {
            List<byte[]> files = extracted.filter(Files::isRegularFile).map(SiteDocxTest::bytes).toList();
            assertThat(files).hasSize(3);
            for (String name : List.of("zones.png", "badge.jpg", "office.gif")) {
                byte[] original = Files.readAllBytes(assets.resolve(name));
                assertThat(files).as(name).anySatisfy(f -> assertThat(f).isEqualTo(original));
            }
        }
    }

    @Test
    void libreOfficeShowsTheImagesInItsPdf() throws Exception {
        Path out = tmp.resolve("libreoffice-images");
        run(List.of("soffice", "-env:UserInstallation=" + tmp.resolve("libreoffice-profile-images").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), site.resolve("docs/POL-001/POL-001.docx").toString()));
        // page num type width height color comp bpc enc ...: one line per image drawn.
        List<String[]> images = run(List.of("pdfimages", "-list", out.resolve("POL-001.pdf").toString())).lines().skip(2)
                .map(l -> l.trim().split("\\s+")).filter(l -> l[2].equals("image")).toList();
        assertThat(images).extracting(l -> l[3] + "x" + l[4]).contains("1600x400", "200x100", "400x100");
    }

    @Test
    void imagesFitTheTextWidthKeepTheirAspectAndCarryTheirAltTextAsDescription() throws IOException {
        String document = entry(site.resolve("docs/POL-001/POL-001.docx"), "word/document.xml");
        int emuPerPixel = 9525;
        long textWidth = (11906 - 2 * 1021) * 635L;
        List<long[]> extents = Pattern.compile("<wp:extent cx=\"(\\d+)\" cy=\"(\\d+)\"/>").matcher(document).results()
                .map(m -> new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}).toList();
        assertThat(extents).hasSize(3);
        // The PNG, 1,600 pixels wide (16.7 inches at 96 an inch): as wide as the text, a quarter as high.
        assertThat(extents.get(0)[0]).isEqualTo(textWidth);
        assertThat((double) extents.get(0)[0] / extents.get(0)[1]).isCloseTo(4.0, within(0.001));
        // The JPEG fits: its own size.
        assertThat(extents.get(1)).containsExactly(200L * emuPerPixel, 100L * emuPerPixel);
        // The GIF, 400 pixels wide, in the second of two columns: made narrower to fit its cell, a quarter as high.
        assertThat(extents.get(2)[0]).isLessThan(textWidth / 2);
        assertThat((double) extents.get(2)[0] / extents.get(2)[1]).isCloseTo(4.0, within(0.001));
        assertThat(document).contains("descr=\"Network zones, from the internet to the payroll servers\"",
                "descr=\"Badge\"", "descr=\"Office zone\"");
    }

    @Test
    void anImageWordDoesNotTakeStaysItsAltTextAndTheBuildSaysSo() throws Exception {
        String plain = run(List.of("pandoc", "-f", "docx", "-t", "plain", "--wrap=none",
                site.resolve("docs/POL-002/POL-002.docx").toString()));
        assertThat(plain).contains("[Backup flow]");
        assertThat(entry(site.resolve("docs/POL-002/POL-002.docx"), "word/document.xml")).doesNotContain("<w:drawing>");
        assertThat(built.notes()).containsOnlyOnce("docs/POL-002/POL-002.docx: the image ../../assets/flow.webp is shown by its "
                + "alt text only: Word files take PNG, JPEG, GIF, BMP and TIFF images that read as such");
    }

    @Test
    void aRebuildWithTheSameImagesMakesNoWordFileAndWritesTheBytesOfABuildWithoutCacheAndTellsItsNotesAgain()
            throws IOException {
        CachedCopy copy = CachedCopy.built("same-images");
        assertThat(copy.entries()).hasSize(2);

        CheckResult again = copy.rebuild();
        assertThat(copy.untouchedEntries()).as("entries not made again").isEqualTo(copy.entries());
        assertThat(copy.currentEntries()).isEqualTo(copy.entries());
        for (String id : List.of("POL-001", "POL-002")) {
            assertThat(Files.readAllBytes(copy.out().resolve("site/docs/" + id + "/" + id + ".docx"))).as(id)
                    .isEqualTo(Files.readAllBytes(site.resolve("docs/" + id + "/" + id + ".docx")));
        }
        assertThat(again.notes()).containsOnlyOnce("docs/POL-002/POL-002.docx: the image ../../assets/flow.webp is shown by "
                + "its alt text only: Word files take PNG, JPEG, GIF, BMP and TIFF images that read as such");
    }

    @Test
    void aChangedImageMakesOnlyTheWordFileOfItsDocumentAgainAsABuildWithoutCacheMakesIt() throws IOException {
        CachedCopy copy = CachedCopy.built("changed-image");
        Files.write(copy.sources().resolve("src/isms/assets/badge.jpg"), image(300, 100, "jpeg"));

        copy.rebuild();
        assertThat(copy.untouchedEntries()).as("POL-002's entry").hasSize(1).isSubsetOf(copy.entries());
        assertThat(copy.currentEntries()).hasSize(2);
        copy.assertSameWordFilesAsWithoutCache();
        assertThat(entry(copy.out().resolve("site/docs/POL-001/POL-001.docx"), "word/document.xml"))
                .contains("<wp:extent cx=\"" + 300 * 9525 + "\" cy=\"" + 100 * 9525 + "\"/>");
    }

    @Test
    void anImageThatNoLongerReadsAsOneMakesTheWordFileAgainWithItsAltText() throws Exception {
        CachedCopy copy = CachedCopy.built("broken-image");
        Files.writeString(copy.sources().resolve("src/isms/assets/office.gif"), "not a picture");

        CheckResult result = copy.rebuild();
        assertThat(copy.untouchedEntries()).as("POL-002's entry").hasSize(1).isSubsetOf(copy.entries());
        copy.assertSameWordFilesAsWithoutCache();
        assertThat(result.notes()).anyMatch(n -> n.startsWith("docs/POL-001/POL-001.docx: the image ../../assets/office.gif "));
        assertThat(run(List.of("pandoc", "-f", "docx", "-t", "plain", "--wrap=none",
                copy.out().resolve("site/docs/POL-001/POL-001.docx").toString()))).contains("[Office zone]");
    }

    /**
     * A copy of the test's repository (so that its images can change without changing what the other tests read),
     * built once into {@code out} with its Word cache there.
     *
     * @param entries the Word cache's entries after that build, each dated back to 2000: an entry a later build
     *                makes again is a new file, of today
     */
    private record CachedCopy(Path sources, Path out, List<Path> entries) {
        private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

        static CachedCopy built(String name) throws IOException {
            Path copy = tmp.resolve(name);
            try (var files = Files.walk(repo)) {
                for (Path from : files.toList()) {
                    Files.copy(from, copy.resolve(repo.relativize(from).toString()));
                }
            }
            Path out = tmp.resolve(name + "-out");
            build(copy, out, true);
            CachedCopy built = new CachedCopy(copy, out, List.of());
            for (Path entry : built.currentEntries()) {
                Files.setLastModifiedTime(entry, LONG_AGO);
            }
            return new CachedCopy(copy, out, built.currentEntries());
        }

        CheckResult rebuild() {
            return build(sources, out, true);
        }

        List<Path> currentEntries() throws IOException {
            try (var files = Files.list(out.resolve("cache/docx"))) {
                return files.sorted().toList();
            }
        }

        /** The entries no build wrote since this copy's first. */
        List<Path> untouchedEntries() throws IOException {
            List<Path> untouched = new ArrayList<>();
            for (Path entry : currentEntries()) {
                if (Files.getLastModifiedTime(entry).equals(LONG_AGO)) {
                    untouched.add(entry);
                }
            }
            return untouched;
        }

        /** Asserts that the Word files are those a build of the same sources into an empty output folder makes. */
        void assertSameWordFilesAsWithoutCache() throws IOException {
            Path cold = out.resolveSibling(out.getFileName() + "-cold");
            build(sources, cold, true);
            for (String id : List.of("POL-001", "POL-002")) {
                String file = "site/docs/" + id + "/" + id + ".docx";
                assertThat(Files.readAllBytes(out.resolve(file))).as(id).isEqualTo(Files.readAllBytes(cold.resolve(file)));
            }
        }
    }

    @Test
    void verifyFailsNamingAWordFileWithOneByteChanged() throws IOException {
        Path copy = build("tampered", true);
        TrustPolicy development = TrustPolicy.none().allowingDevelopmentKey().checkingIntegrityOnly();
        assertThat(SiteVerifier.verify(copy, development).findings()).filteredOn(Diagnostic::isError).isEmpty();
        Path word = copy.resolve("docs/POL-001/POL-001.docx");
        byte[] bytes = Files.readAllBytes(word);
        bytes[bytes.length / 2] ^= 1;
        Files.write(word, bytes);
        assertThat(SiteVerifier.verify(copy, development).findings()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().path()).containsExactly("docs/POL-001/POL-001.docx");
    }

    @Test
    void withoutWordFilesTheSiteHasNone() throws IOException {
        Path without = build("without", false);
        assertThat(without.resolve("docs/POL-001/index.html")).isRegularFile();
        assertThat(without.resolve("docs/POL-001/POL-001.docx")).doesNotExist();
        assertThat(Files.readString(without.resolve("manifest.json"))).doesNotContain(".docx");
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(zip + " has no " + name);
    }

    /** Runs a command; fails the test unless it exits 0 within two minutes; returns its standard output. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command + " finished").isTrue();
        assertThat(process.exitValue()).as(command + ": " + Files.readString(err)).isZero();
        return out;
    }
}
