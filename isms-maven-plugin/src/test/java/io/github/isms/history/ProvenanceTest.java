package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.ControlledIsms;
import io.github.isms.diag.Code;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.pdf.Poppler;
import io.github.isms.sign.SigningSettings;
import io.github.isms.sign.TestKeys;
import io.github.isms.testing.TestDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page footer, every PDF (cover and document information) and manifest.json say where the
 * build comes from: the commit built, the reference date, the plugin version and the signer; a
 * development key is named as such, and a release build refuses it.
 */
class ProvenanceTest {

    static final HistoryOptions MARCH = new HistoryOptions(false, false, Optional.of(Instant.parse("2026-03-15T10:00:00Z")));

    @TempDir
    Path tmp;

    private static ControlledIsms approved(Path dir) {
        ControlledIsms isms = ControlledIsms.started(dir);
        isms.mergeRequest("p1", "policies/access.md", TestDocument.of("POL-001").version("1.0").body("Only the owner grants access."),
                "Access control policy", "Approved-by: Bob Ceo <bob@example.com>");
        return isms;
    }

    @Test
    void everyPageEveryPdfAndTheManifestNameTheCommitTheReferenceDateThePluginAndTheDevelopmentKey() throws Exception {
        ControlledIsms isms = approved(tmp.resolve("repo"));
        String commit = isms.git().head();
        Path site = ControlledIsms.site(isms.git(), tmp.resolve("site"), true, MARCH);

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            assertThat(Jsoup.parse(page.toFile()).select("footer .provenance").text()).as(site.relativize(page).toString())
                    .contains("Built from commit " + commit.substring(0, 12), "reference date March 15, 2026",
                            "isms-maven-plugin 0.1.0-SNAPSHOT", "signed with a development key", "CN=Example Corp ISMS");
        }
        var document = Jsoup.parse(site.resolve("docs/POL-001/index.html").toFile());
        assertThat(document.select("a[href$=POL-001.pdf]").text()).isEqualTo("PDF signed with a development key");
        assertThat(document.text()).doesNotContain("Signed PDF");

        for (String pdf : List.of("docs/POL-001/POL-001.pdf", "soa.pdf")) {
            byte[] bytes = Files.readAllBytes(site.resolve(pdf));
            String info = Poppler.run(tmp, bytes, "pdfinfo", "-custom");
            assertThat(info).as(pdf).contains("ISMSCommit:", commit, "ISMSReferenceDate:", "2026-03-15",
                    "ISMSPluginVersion:", "0.1.0-SNAPSHOT", "ISMSSigner:", "development key", "ISMSDevelopmentKey:", "true");
            assertThat(Poppler.text(tmp, bytes, 1)).as(pdf).contains("Built from commit " + commit.substring(0, 12),
                    "signed with a development key");
        }

        String manifest = Files.readString(site.resolve("manifest.json"));
        assertThat(manifest).contains("\"provenance\": {", "\"commit\": \"" + commit + "\"", "\"referenceDate\": \"2026-03-15\"",
                "\"pluginVersion\": \"0.1.0-SNAPSHOT\"", "\"developmentKey\": \"true\"");
    }

    @Test
    void aReleaseBuildRefusesTheDevelopmentKeyAndLeavesNoSite() {
        ControlledIsms isms = approved(tmp.resolve("repo"));

        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(isms.git().dir())
                .withSite(new SiteOptions(tmp.resolve("site"), true))
                .withHistory(new HistoryOptions(true, false, Optional.empty())));

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.PDF_DEVELOPMENT_KEY_REFUSED);
            assertThat(d.message()).contains("requireApproval", "development key", "keystore");
        });
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aReleaseBuildSignedWithTheOrganisationsKeyNamesItsSubjectAndNoDevelopmentKey() throws Exception {
        ControlledIsms isms = approved(tmp.resolve("repo"));
        Path keystore = new TestKeys().validKeystore(tmp, "isms");
        Path site = tmp.resolve("site");

        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(isms.git().dir())
                .withSite(new SiteOptions(site, true).withSigning(new SigningSettings(keystore, "isms", TestKeys.PASSWORD, null)))
                .withHistory(new HistoryOptions(true, false, Optional.empty())));

        assertThat(result.errors()).isEmpty();
        String footer = Jsoup.parse(site.resolve("index.html").toFile()).select("footer .provenance").text();
        assertThat(footer).contains("signed by ", "CN=Example Corp ISMS").doesNotContain("development key");
        assertThat(Jsoup.parse(site.resolve("docs/POL-001/index.html").toFile()).select("a[href$=POL-001.pdf]").text())
                .isEqualTo("Signed PDF");
    }
}
