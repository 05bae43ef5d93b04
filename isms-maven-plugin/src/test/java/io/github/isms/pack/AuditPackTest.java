package io.github.isms.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.PackRequest;
import io.github.isms.engine.SiteOptions;
import io.github.isms.pdf.Poppler;
import io.github.isms.pdf.VeraPdf;
import io.github.isms.sign.Pdfsig;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.SigningSettings;
import io.github.isms.sign.TestKeys;
import io.github.isms.testing.ScriptedRepository;
import io.github.isms.testing.TestDocument;
import io.github.isms.verify.PackVerifier;
import io.github.isms.verify.TrustAnchors;
import io.github.isms.verify.TrustPolicy;
import io.github.isms.verify.VerificationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit pack of a small ISMS in a real git repository, its site built with PDFs and signed with an
 * organisation's keystore: what the zip holds, that its PDFs pass pdfsig and veraPDF, that two complete builds of
 * one commit give the same bytes, and that isms:verify's pack check catches every kind of tampering, naming the
 * file. The site is built twice (PDFs take a while), into two folders; each test reads or copies the packs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPackTest {

    /** The reference time of both builds; the keys are valid from well before it, so every signature claims it. */
    static final Instant OUTPUT_TIMESTAMP = Instant.parse("2026-06-01T10:30:00Z");
    static final Instant KEYS_VALID_FROM = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path dir;

    TestKeys pki;
    Path keystore;
    Path project;
    BuildRequest build;
    byte[] pack;
    /** The pack of a second, complete build of the same commit: the site into another folder, then the pack. */
    byte[] rebuilt;

    @BeforeAll
    void buildSiteAndPack() throws Exception {
        pki = new TestKeys(KEYS_VALID_FROM);
        keystore = pki.keystore(dir, "isms", KEYS_VALID_FROM, Instant.now().plus(Duration.ofDays(365)));
        ScriptedRepository repo = ScriptedRepository.started(dir.resolve("isms"), "2026-01-05");
        project = repo.dir();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/isms/documents/scope.md", TestDocument.of("SCOPE").clauses("4.3").text());
        files.put("src/isms/documents/policy.md", TestDocument.of("POL-001").clauses("5.2", "6.2").text());
        files.put("src/isms/documents/audit.md", TestDocument.of("REC-AUD").type("record").clauses("9.2.2").text());
        files.put("src/isms/soa.yaml", "version: 1.0\nowner: CISO\ncontrols:\n  A.5.1: {status: implemented, justification: Needed.}\n");
        files.put("src/isms/risks.yaml", """
                risks:
                  - {id: R-1, title: Ransomware, owner: CISO, likelihood: 4, impact: 5, treatment: modify,
                     plan: Immutable backups, due: 2026-09-30}
                """);
        repo.approved("2026-02-01", "first", files);
        repo.approved("2026-03-01", "policy", Map.of("src/isms/documents/policy.md",
                TestDocument.of("POL-001").clauses("5.2", "6.2").version("1.1").text()));
        build = build(project.resolve("target/isms/site"));
        assertThat(new IsmsEngine().site(build).errors()).isEmpty();
        pack = pack("first.zip");
        BuildRequest again = build(dir.resolve("second-build/site"));
        assertThat(new IsmsEngine().site(again).errors()).isEmpty();
        rebuilt = pack(again, "second.zip");
    }

    private BuildRequest build(Path siteDir) {
        SiteOptions options = new SiteOptions(siteDir, true)
                .withSigning(new SigningSettings(keystore, "isms", TestKeys.PASSWORD.clone(), null));
        return BuildRequest.defaults(project).withSite(options)
                .withHistory(new HistoryOptions(false, false, Optional.of(OUTPUT_TIMESTAMP)));
    }

    @Test
    void everyFileTheIndexListsIsInThePackAndTheIndexMapsTheSampledRequirements() throws IOException {
        Map<String, byte[]> entries = unzip(pack);
        Document index = Jsoup.parse(new String(entries.get("index.html"), StandardCharsets.UTF_8));

        List<String> links = index.select("a[href]").eachAttr("href");
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(entries).containsKey(link));
        assertThat(entries.keySet()).containsExactly("docs/POL-001/POL-001.pdf", "docs/REC-AUD/REC-AUD.pdf",
                "docs/SCOPE/SCOPE.pdf", "index.html", "index.pdf", "manifest.json", "manifest.json.p7s", "register.csv",
                "revisions.csv", "risks.csv", "soa.csv", "soa.pdf", "verification.txt");
        assertThat(row(index, "4.3")).contains("docs/SCOPE/SCOPE.pdf");
        assertThat(row(index, "5.2")).contains("docs/POL-001/POL-001.pdf");
        assertThat(row(index, "6.1.3")).contains("soa.pdf", "soa.csv", "risks.csv");
        assertThat(row(index, "7.5")).contains("register.csv", "revisions.csv");
        assertThat(row(index, "9.2")).contains("docs/REC-AUD/REC-AUD.pdf");
        assertThat(row(index, "9.3")).contains("no published document addresses 9.3");
        assertThat(row(index, "Staff acknowledgement")).contains("not recorded");
        assertThat(row(index, "Evidence register")).contains("not recorded");
        assertThat(new String(entries.get("revisions.csv"), StandardCharsets.UTF_8))
                .contains("POL-001,Title of POL-001,1.1,2026-03-01").contains("POL-001,Title of POL-001,1.0,2026-02-01")
                .contains("Bob Ceo");
        assertThat(new String(entries.get("verification.txt"), StandardCharsets.UTF_8))
                .contains("5 PDF signature(s)", "no file changed since it was signed");
    }

    @Test
    void everyPdfInThePackIsValidlySignedAtTheReferenceTimeAndIsPdfAAndPdfUa() throws Exception {
        Map<String, byte[]> entries = unzip(pack);
        List<String> pdfs = entries.keySet().stream().filter(name -> name.endsWith(".pdf")).toList();
        assertThat(pdfs).hasSize(5);
        for (String name : pdfs) {
            byte[] pdf = entries.get(name);
            assertThat(Pdfsig.run(dir, pdf)).as(name)
                    .contains("Signature is Valid.", "Total document signed", "Signing Time: Jun 01 2026 10:30:00")
                    .doesNotContainIgnoringCase("mismatch");
            assertThat(VeraPdf.failures(pdf, "3u")).as(name).isEmpty();
            assertThat(VeraPdf.failures(pdf, "ua1")).as(name).isEmpty();
        }
    }

    @Test
    void twoCompleteBuildsOfOneCommitWithOneKeystoreGiveTheSameBytes() throws IOException {
        Map<String, byte[]> first = unzip(pack);
        Map<String, byte[]> second = unzip(rebuilt);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        assertThat(rebuilt).isEqualTo(pack);
        // The sites they pack are the same bytes too, the signature of each manifest included.
        Path firstSite = build.site().siteDir();
        Path secondSite = dir.resolve("second-build/site");
        try (var files = Files.walk(firstSite)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = firstSite.relativize(file).toString();
                assertThat(secondSite.resolve(name)).as(name).hasSameBinaryContentAs(file);
            }
        }
        try (ZipFile zip = new ZipFile(dir.resolve("first.zip").toFile())) {
            assertThat(zip.stream().map(ZipEntry::getLastModifiedTime).distinct().toList()).hasSize(1);
        }
    }

    @Test
    void theIndexSaysWhichKeySignedThePack() throws Exception {
        java.security.cert.X509Certificate signer = SigningKey.fromPkcs12(keystore, "isms", TestKeys.PASSWORD.clone()).certificate();
        String fingerprint = java.util.HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()));
        Document index = Jsoup.parse(new String(unzip(pack).get("index.html"), StandardCharsets.UTF_8));

        assertThat(index.select("p.signer").text()).contains("CN=Example Corp ISMS", "issued by CN=Example Corp Signing CA",
                "SHA-256 fingerprint " + fingerprint).doesNotContain("development key");
        assertThat(Poppler.text(dir, unzip(pack).get("index.pdf")).replaceAll("\\s+", "")).contains(fingerprint);
    }

    @Test
    void thePackVerifiesOnItsOwnAgainstTheOrganisationsCertificateAuthority() throws IOException {
        VerificationResult result = verify(pack);

        assertThat(result.findings()).isEmpty();
        assertThat(result.pdfsChecked()).isEqualTo(5);
        assertThat(result.filesChecked()).isEqualTo(11);
    }

    @Test
    void aFlippedByteInAStoredEntryFailsVerificationNamingTheFile() throws IOException {
        byte[] tampered = pack.clone();
        int at = indexOf(tampered, "id,title,type,version".getBytes(StandardCharsets.UTF_8));
        tampered[at] = (byte) 'I';

        assertThat(errors(verify(tampered))).containsExactly("register.csv:1:1: MANIFEST_CHANGED");
    }

    @Test
    void aFileChangedAndRepackedFailsAgainstTheManifestNamingIt() throws IOException {
        Map<String, byte[]> entries = unzip(pack);
        entries.put("soa.csv", (new String(entries.get("soa.csv"), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(errors(verify(zip(entries)))).containsExactly("soa.csv:1:1: MANIFEST_CHANGED");
    }

    @Test
    void anEntryOutsideThePackFolderIsNeverUnpackedAndOneMissingFromTheManifestFails() throws IOException {
        Map<String, byte[]> entries = unzip(pack);
        entries.put("../escaped.txt", "zip slip".getBytes(StandardCharsets.UTF_8));
        entries.put("extra.txt", "not in the manifest".getBytes(StandardCharsets.UTF_8));

        List<String> errors = errors(verify(zip(entries)));

        assertThat(errors).containsExactlyInAnyOrder("../escaped.txt:1:1: PACK_ENTRY_UNSAFE", "extra.txt:1:1: MANIFEST_ADDED");
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void withoutABuiltSiteThereIsNoPackAndTheMessageSaysWhatToRun() throws IOException {
        Path elsewhere = dir.resolve("nowhere.zip");
        CheckResult result = new IsmsEngine().auditPack(new PackRequest(build.withSite(
                new SiteOptions(dir.resolve("no-site"), true).withSigning(build.site().signing())), elsewhere));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(Code.PACK_SITE_MISSING);
        assertThat(result.errors().get(0).message()).contains("mvn isms:site isms:audit-pack");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aSiteBuiltFromAnotherCommitIsNotPacked() throws IOException {
        Path copy = dir.resolve("stale-site");
        Path site = build.site().siteDir();
        try (var files = Files.walk(site)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(site.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path manifest = copy.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"commit\": \"[0-9a-f]+\"",
                "\"commit\": \"0123456789abcdef0123456789abcdef01234567\""));
        Path elsewhere = dir.resolve("stale.zip");

        CheckResult result = new IsmsEngine().auditPack(new PackRequest(build.withSite(
                new SiteOptions(copy, true).withSigning(build.site().signing())), elsewhere));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(Code.PACK_SITE_STALE);
        assertThat(result.errors().get(0).message()).contains("0123456789abcdef0123456789abcdef01234567");
        assertThat(elsewhere).doesNotExist();
    }

    private byte[] pack(String name) throws IOException {
        return pack(build, name);
    }

    private byte[] pack(BuildRequest from, String name) throws IOException {
        Path file = dir.resolve(name);
        CheckResult result = new IsmsEngine().auditPack(new PackRequest(from, file));
        assertThat(result.errors()).isEmpty();
        return Files.readAllBytes(file);
    }

    private VerificationResult verify(byte[] zip) throws IOException {
        Path file = Files.createTempFile(dir, "pack", ".zip");
        Files.write(file, zip);
        return PackVerifier.verify(file, TrustPolicy.anchoredAt(TrustAnchors.of(pki.ca)));
    }

    private static List<String> errors(VerificationResult result) {
        return result.findings().stream().filter(Diagnostic::isError).map(d -> d.position() + ": " + d.code()).toList();
    }

    private static String row(Document index, String start) {
        return index.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + start)).text();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

}
