package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.diag.Code;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.PackRequest;
import io.github.isms.engine.SiteOptions;
import io.github.isms.sign.SigningKey;
import io.github.isms.sign.SigningSettings;
import io.github.isms.sign.TestKeys;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * isms:verify on a site and an audit pack built by the engine: a clean one passes, and any tampering fails naming the
 * file.
 */
class VerifyMojoTest {

    static final TestKeys PKI = new TestKeys();
    static final String POL_PDF = "docs/POL-001/POL-001.pdf";

    @TempDir
    static Path built;

    @TempDir
    Path dir;

    Path site;
    RecordingLog log = new RecordingLog();

    /** One site signed with the organisation's key (from a CA the tests trust), built once and copied per test. */
    @BeforeAll
    static void buildOnce() throws Exception {
        TestIsms.in(built).document("policy.md", TestDocument.of("POL-001")).document("access.md", TestDocument.of("POL-002"));
        Path keystore = PKI.validKeystore(built, "isms");
        new IsmsEngine().site(BuildRequest.defaults(built).withSite(new SiteOptions(built.resolve("site"), true)
                .withSigning(new SigningSettings(keystore, "isms", TestKeys.PASSWORD.clone(), null))));
        // The audit pack of that site, as isms:audit-pack makes it in the same run.
        new IsmsEngine().auditPack(new PackRequest(BuildRequest.defaults(built).withSite(new SiteOptions(built.resolve("site"), true)
                .withSigning(new SigningSettings(keystore, "isms", TestKeys.PASSWORD.clone(), null))), built.resolve("pack.zip")));
        // The same ISMS as a build without a keystore makes it, HTML only: its manifest is signed by a development key.
        new IsmsEngine().site(BuildRequest.defaults(built).withSite(new SiteOptions(built.resolve("dev-site"), false)));
        Files.writeString(built.resolve("ca.pem"), pem(PKI.ca));
        Files.writeString(built.resolve("signer.pem"), pem(SigningKey.fromPkcs12(keystore, "isms", TestKeys.PASSWORD.clone())
                .certificate()));
    }

    private static String pem(java.security.cert.X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @BeforeEach
    void copySite() throws IOException {
        site = copy("site");
    }

    private Path copy(String name) throws IOException {
        Path site = dir.resolve(name);
        Path from = built.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, site.resolve(from.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return site;
    }

    private VerifyMojo mojo(boolean trusted) {
        VerifyMojo mojo = new VerifyMojo();
        mojo.siteDirectory = site.toFile();
        mojo.trustStore = trusted ? built.resolve("ca.pem").toFile() : null;
        mojo.trustStorePasswordEnv = "ISMS_TRUSTSTORE_PASSWORD";
        mojo.environment = name -> null;
        mojo.setLog(log);
        return mojo;
    }

    private void flipByte(String path, int fromEnd) throws IOException {
        Path file = site.resolve(path);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - fromEnd] ^= 0x01;
        Files.write(file, bytes);
    }

    @Test
    void aCleanSiteSignedByATrustedKeyPasses() throws Exception {
        mojo(true).execute();

        assertThat(log.text()).contains("isms:verify: 3 PDF signature(s) and").doesNotContain("[ERROR]", "[WARNING]");
    }

    @Test
    void aPkcs12TrustStoreWithItsPasswordFromTheEnvironmentWorksToo() throws Exception {
        VerifyMojo mojo = mojo(true);
        mojo.trustStore = built.resolve("isms.p12").toFile();
        mojo.environment = name -> name.equals("ISMS_TRUSTSTORE_PASSWORD") ? new String(TestKeys.PASSWORD) : null;

        mojo.execute();

        assertThat(log.text()).doesNotContain("[ERROR]", "[WARNING]", new String(TestKeys.PASSWORD));
    }

    @Test
    void withoutTrustAnchorsOneLineSaysTheSignersCanNotBeEstablishedAndTheBuildFails() {
        assertThatThrownBy(() -> mojo(false).execute()).isInstanceOf(MojoFailureException.class).hasMessageContaining("1 problem(s)");

        assertThat(log.text()).contains("[ERROR] .:1:1: " + Code.SIGNERS_NOT_ESTABLISHED + " no trust store (isms.trustStore)")
                .contains("who signed 3 PDF(s) and the manifest can not be established")
                .doesNotContain(POL_PDF + ":1:1:");
    }

    @Test
    void integrityOnlyPassesWithoutTrustAnchorsWithAWarning() throws Exception {
        VerifyMojo mojo = mojo(false);
        mojo.integrityOnly = true;

        mojo.execute();

        assertThat(log.text()).contains("[WARNING] .:1:1: " + Code.SIGNERS_NOT_ESTABLISHED).doesNotContain("[ERROR]");
    }

    @Test
    void aPinnedSignerCertificateIsTrustedWithoutATrustStore() throws Exception {
        VerifyMojo mojo = mojo(false);
        mojo.trustedSigner = built.resolve("signer.pem").toFile();

        mojo.execute();

        assertThat(log.text()).doesNotContain("[ERROR]", "[WARNING]");
    }

    @Test
    void aDevelopmentKeySiteFailsUnlessDevelopmentKeysAreAllowed() throws Exception {
        site = copy("dev-site");
        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class);
        assertThat(log.text()).contains("[ERROR] manifest.json:1:1: " + Code.SIGNATURE_DEVELOPMENT_KEY);

        log = new RecordingLog();
        VerifyMojo allowing = mojo(true);
        allowing.allowDevelopmentKey = true;
        allowing.execute();
        assertThat(log.text()).contains("[WARNING] manifest.json:1:1: " + Code.SIGNATURE_DEVELOPMENT_KEY).doesNotContain("[ERROR]");
    }

    @Test
    void aForgedPdfWithItsHashPatchedIntoTheManifestFails() throws Exception {
        Path manifest = site.resolve("manifest.json");
        Path forged = site.resolve(POL_PDF);
        String before = io.github.isms.digest.Sha256.hex(forged);
        Files.copy(site.resolve("docs/POL-002/POL-002.pdf"), forged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(manifest, Files.readString(manifest).replace(before, io.github.isms.digest.Sha256.hex(forged)));

        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class);

        assertThat(log.text()).contains("[ERROR] manifest.json:1:1: " + Code.MANIFEST_SIGNATURE_INVALID);
    }

    @Test
    void aFlippedByteInAPdfFailsNamingTheFile() throws Exception {
        // Inside the signed range (the XMP metadata), so both the digest and the manifest disagree.
        Path file = site.resolve(POL_PDF);
        byte[] bytes = Files.readAllBytes(file);
        bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<xmp:CreatorTool>") + 20] ^= 0x20;
        Files.write(file, bytes);

        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class).hasMessageContaining("2 problem(s)");

        assertThat(log.text()).contains("[ERROR] " + POL_PDF + ":1:1: " + Code.SIGNATURE_DIGEST,
                "[ERROR] " + POL_PDF + ":1:1: " + Code.MANIFEST_CHANGED);
    }

    @Test
    void aFlippedByteInAnHtmlPageFailsNamingThePage() throws Exception {
        flipByte("docs/POL-002/index.html", 10);

        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class);

        assertThat(log.text()).contains("[ERROR] docs/POL-002/index.html:1:1: " + Code.MANIFEST_CHANGED);
    }

    @Test
    void aPdfReplacedByAnotherValidlySignedPdfFails() throws Exception {
        Files.copy(site.resolve("docs/POL-002/POL-002.pdf"), site.resolve(POL_PDF), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class);

        assertThat(log.text()).contains("[ERROR] " + POL_PDF + ":1:1: " + Code.MANIFEST_CHANGED);
    }

    @Test
    void aRemovedFileAndAnAddedFileFailEachNamed() throws Exception {
        Files.delete(site.resolve("soa.pdf"));
        Files.writeString(site.resolve("docs/notes.html"), "<p>added later</p>");

        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class);

        assertThat(log.text()).contains("[ERROR] soa.pdf:1:1: " + Code.MANIFEST_REMOVED,
                "[ERROR] docs/notes.html:1:1: " + Code.MANIFEST_ADDED);
    }

    @Test
    void aFolderOfPdfsIsCheckedWithoutAManifestAndAnUnreadablePdfFails() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("outbox"));
        Files.copy(site.resolve(POL_PDF), folder.resolve("POL-001.pdf"));
        VerifyMojo mojo = mojo(true);
        mojo.verifyDirectory = folder.toFile();
        mojo.execute();
        assertThat(log.text()).contains("1 PDF signature(s)");

        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\nnot really\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.text()).contains("[ERROR] broken.pdf:1:1: " + Code.PDF_UNREADABLE);
    }

    @Test
    void anAuditPackWithOneFlippedByteFailsNamingTheFileWhereTheIntactPackPasses() throws Exception {
        Path pack = dir.resolve("pack.zip");
        Files.copy(built.resolve("pack.zip"), pack);
        VerifyMojo intact = mojo(true);
        intact.pack = pack.toFile();
        intact.execute();
        assertThat(log.text()).contains("isms:verify:").doesNotContain("[ERROR]", "[WARNING]");

        byte[] bytes = Files.readAllBytes(pack);
        // The first byte of register.csv, stored in the zip as it is.
        bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf("id,title,type,version")] ^= 0x20;
        Files.write(pack, bytes);
        log = new RecordingLog();
        VerifyMojo tampered = mojo(true);
        tampered.pack = pack.toFile();

        assertThatThrownBy(tampered::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.text()).contains("[ERROR] register.csv:1:1: " + Code.MANIFEST_CHANGED);
    }

    @Test
    void aMissingSiteFailsWithAHint() {
        VerifyMojo mojo = mojo(true);
        mojo.siteDirectory = dir.resolve("nothing").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("mvn isms:site");
    }
}
