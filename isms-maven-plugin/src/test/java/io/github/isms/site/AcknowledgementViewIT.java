package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * In a real Chromium: a reader follows "Acknowledge this version" and arrives at the form with the document's
 * id, version and title in the address. The form is a page on a loopback server, as an organisation's form is
 * a page on its own.
 */
class AcknowledgementViewIT {

    @Test
    void theAcknowledgementLinkCarriesIdVersionAndTitle(@TempDir Path project) throws Exception {
        Path formRoot = Files.createDirectories(project.resolve("forms"));
        Files.writeString(formRoot.resolve("ack.html"), "<!DOCTYPE html><title>Form</title><h1>Acknowledge</h1>");
        try (StaticServer forms = new StaticServer(formRoot)) {
            TestIsms isms = TestIsms.in(project).config(TestIsms.VALID_CONFIG + """
                    acknowledgement: {form: "%sack.html?doc={id}&version={version}&title={title}"}
                    """.formatted(forms.baseUrl()))
                    .document("aup.md", TestDocument.of("POL-7").title("A policy"));
            Path site = project.resolve("site");
            assertThat(new IsmsEngine().site(BuildRequest.defaults(isms.root()).withSite(new SiteOptions(site, false))
                    .withHistory(new HistoryOptions(false, false, Optional.of(Instant.parse("2026-02-01T00:00:00Z")))))
                    .errors()).isEmpty();
            WebDriver browser = SiteBrowserIT.chromium(project.resolve("chromium-profile"));
            try {
                browser.get(site.toUri() + "docs/POL-7/index.html");
                browser.findElement(By.linkText("Acknowledge this version")).click();

                assertThat(browser.getCurrentUrl()).isEqualTo(forms.baseUrl() + "ack.html?doc=POL-7&version=1.0&title=A%20policy");
                assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Acknowledge");
            } finally {
                browser.quit();
            }
        }
    }
}
