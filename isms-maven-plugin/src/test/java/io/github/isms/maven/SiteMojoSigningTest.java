package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.digest.Sha256;
import io.github.isms.sign.LoopbackTsa;
import io.github.isms.sign.Pdfsig;
import io.github.isms.sign.TestKeys;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.verify.TrustAnchors;
import io.github.isms.verify.TrustPolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * isms:site's signing parameters: the keystore password comes from settings.xml (encrypted, as
 * {@code mvn --encrypt-password} writes it) or an environment variable, signs for real, and
 * appears nowhere in the log, the diagnostics or the site.
 */
class SiteMojoSigningTest {

    static final TestKeys PKI = new TestKeys();
    static final String PASSWORD = new String(TestKeys.PASSWORD);
    static final String MASTER = "Master-Of-Settings-7";

    @TempDir
    Path dir;

    Path keystore;
    RecordingLog log = new RecordingLog();

    @BeforeEach
    void isms() throws Exception {
        TestIsms.in(dir).document("policy.md", TestDocument.of("POL-001"));
        keystore = PKI.validKeystore(dir, "isms");
    }

    private SiteMojo mojo() throws Exception {
        SiteMojo mojo = new SiteMojo();
        mojo.basedir = dir.toFile();
        mojo.sourceDirectory = dir.resolve("src/isms").toFile();
        mojo.outputDirectory = dir.resolve("target/isms").toFile();
        mojo.siteDirectory = dir.resolve("target/isms/site").toFile();
        mojo.maxFileBytes = 8L * 1024 * 1024;
        mojo.pdf = true;
        mojo.keystore = keystore.toFile();
        mojo.keystoreAlias = "isms";
        mojo.keystorePasswordEnv = KeystoreConfiguration.DEFAULT_PASSWORD_ENV;
        mojo.environment = name -> null;
        mojo.settings = new Settings();
        mojo.decrypter = decrypter();
        mojo.setLog(log);
        return mojo;
    }

    /** Maven's own decrypter over a settings-security.xml holding an encrypted master password. */
    private DefaultSettingsDecrypter decrypter() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = dir.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate(MASTER, "settings.security")
                + "</master></settingsSecurity>\n");
        DefaultSecDispatcher dispatcher = new DefaultSecDispatcher(cipher, Map.of(), security.toString());
        return new DefaultSettingsDecrypter(dispatcher);
    }

    private void assertSignedByTheOrganisationAndPasswordNowhere() throws Exception {
        Path site = dir.resolve("target/isms/site");
        assertThat(SiteVerifier.verify(site, TrustPolicy.anchoredAt(TrustAnchors.of(PKI.ca))).findings()).isEmpty();
        assertThat(log.text()).doesNotContain(PASSWORD).doesNotContain("DEVELOPMENT KEY");
        try (var files = Files.walk(dir.resolve("target"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void anEncryptedPasswordOfASettingsServerUnlocksTheKeystore() throws Exception {
        SiteMojo mojo = mojo();
        Server server = new Server();
        server.setId("isms-signing");
        server.setPassword(new DefaultPlexusCipher().encryptAndDecorate(PASSWORD, MASTER));
        mojo.settings.addServer(server);
        mojo.keystoreServerId = "isms-signing";

        mojo.execute();

        assertThat(server.getPassword()).startsWith("{").doesNotContain(PASSWORD);
        assertSignedByTheOrganisationAndPasswordNowhere();
    }

    @Test
    void theEnvironmentVariableHoldsThePasswordWhenNoServerIsNamed() throws Exception {
        SiteMojo mojo = mojo();
        mojo.keystorePasswordEnv = "SIGNING_PASS";
        mojo.environment = name -> name.equals("SIGNING_PASS") ? PASSWORD : null;

        mojo.execute();

        assertSignedByTheOrganisationAndPasswordNowhere();
    }

    @Test
    void aWrongPasswordFailsTheBuildWithoutPrintingEitherPassword() throws Exception {
        SiteMojo mojo = mojo();
        mojo.environment = name -> "Wrong-Pass-Word-9";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.text()).contains("isms.p12:1:1: PDF_SIGNING_FAILED").doesNotContain("Wrong-Pass-Word-9").doesNotContain(PASSWORD);
    }

    @Test
    void aServerIdThatSettingsDoesNotHaveIsAConfigurationError() throws Exception {
        SiteMojo mojo = mojo();
        mojo.keystoreServerId = "nowhere";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("settings.xml has no <server> with this id");
    }

    @Test
    void withoutAKeystoreTheLogWarnsLoudlyOfTheDevelopmentKey() throws Exception {
        SiteMojo mojo = mojo();
        mojo.keystore = null;

        mojo.execute();

        assertThat(log.lines()).filteredOn(l -> l.startsWith("[WARNING]")).anyMatch(l -> l.contains("DEVELOPMENT KEY"));
        assertThat(dir.resolve("target/isms/site/docs/POL-001/POL-001.pdf")).isRegularFile();
    }

    @Test
    void aTimeStampAuthorityMakesEverySignatureCarryATimestampOverItsValue() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            SiteMojo mojo = mojo();
            mojo.environment = name -> PASSWORD;
            mojo.tsaUrl = tsa.url().toString();

            mojo.execute();

            Path site = dir.resolve("target/isms/site");
            List<String> pdfs = List.of("docs/POL-001/POL-001.pdf", "soa.pdf");
            for (String pdf : pdfs) {
                byte[] bytes = Files.readAllBytes(site.resolve(pdf));
                assertThat(Pdfsig.run(dir, bytes)).as(pdf).contains("Signature is Valid.").contains("Total document signed");
                // pdfsig extracts the CMS signature it verified; its unsigned attributes hold the RFC 3161 token.
                assertThat(Pdfsig.dump(dir, bytes)).as(pdf).singleElement()
                        .satisfies(cms -> assertTimestampedByOver(cms, tsa));
            }
            assertThat(tsa.served()).isEqualTo(pdfs.size());
        }
        assertSignedByTheOrganisationAndPasswordNowhere();
    }

    /** PAdES B-T: a signature-time-stamp token from {@code tsa} whose imprint is the digest of the signature value. */
    private static void assertTimestampedByOver(byte[] cms, LoopbackTsa tsa) {
        // /Contents is zero-padded; BouncyCastle reads the one DER object at its start through a stream.
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            SignerInformation signer = new CMSSignedData(ContentInfo.getInstance(in.readObject()))
                    .getSignerInfos().getSigners().iterator().next();
            Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(attribute).as("signature-time-stamp attribute").isNotNull();
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(Sha256.of(signer.getSignature()));
        } catch (Exception e) {
            throw new AssertionError("no valid time-stamp token: " + e.getMessage(), e);
        }
    }

    @Test
    void anUnreachableTimeStampAuthorityFailsTheBuildNamingItAndWritesNoSite() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SiteMojo mojo = mojo();
        mojo.environment = name -> PASSWORD;
        mojo.tsaUrl = "http://127.0.0.1:" + port + "/tsa";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.lines()).filteredOn(l -> l.contains("PDF_SIGNING_FAILED")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("[ERROR] isms.p12:1:1: PDF_SIGNING_FAILED")
                        .contains("time-stamp authority").contains("127.0.0.1:" + port));
        assertThat(log.text()).doesNotContain(PASSWORD);
        assertThat(dir.resolve("target/isms/site")).doesNotExist();
    }
}
