package io.github.isms.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.PreviewOptions;
import io.github.isms.engine.PreviewSession;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author's loop in a real Chromium (Debian's {@code chromium} and {@code chromium-driver}): a
 * served page reloads with the new text after its file is saved; a broken reference shows its place
 * in an overlay over the last good page, and fixing it takes the overlay away. The edit-to-page
 * latency is printed and written to {@code target/serve-latency.txt}; the wait is generous, as the
 * machine may be busy.
 */
class PreviewBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path project;

    private PreviewSession session;
    private WebDriver browser;

    @BeforeEach
    void serveAndOpenABrowser() throws IOException {
        TestIsms.in(project)
                .document("a.md", TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe first text."))
                .document("b.md", TestDocument.of("POL-002").title("A policy").body("# A policy\n\nSee [[POL-001]].").noBlankLineAfterFence());
        BuildRequest request = BuildRequest.defaults(project)
                .withSite(new SiteOptions(project.resolve("target/isms/serve"), false).withSpareBeside());
        session = new IsmsEngine().serve(request, PreviewOptions.defaults().withPort(0), (result, took) -> { });
        browser = chromium(project.resolve("chromium-profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aSavedDocumentReloadsItsOpenPageWithTheNewText() throws IOException {
        browser.get(session.address() + "docs/POL-001/index.html");
        assertThat(browser.findElement(By.cssSelector(".document-body")).getText()).contains("The first text.");
        awaitScriptListening();

        long saved = System.nanoTime();
        Files.writeString(project.resolve("src/isms/documents/a.md"),
                TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe second text.").text());
        patiently(20).until(
                d -> d.findElement(By.cssSelector(".document-body")).getText().contains("The second text."));
        long millis = (System.nanoTime() - saved) / 1_000_000;
        System.out.println("isms:serve edit-to-updated-page latency: " + millis + " ms");
        Files.writeString(Path.of("target/serve-latency.txt"), millis + " ms\n");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aPageWhoseFileARebuildLeftAsItWasIsNotReloaded() throws Exception {
        browser.get(session.address() + "docs/POL-002/index.html");
        awaitScriptListening();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.notReloaded = true");
        long sites = session.state().site();

        // POL-002 links POL-001 by its title: an edit of POL-001's text changes POL-001's page, not this one.
        Files.writeString(project.resolve("src/isms/documents/a.md"),
                TestDocument.of("POL-001").title("A policy").body("# A policy\n\nThe second text.").text());
        patiently(50).until(d -> session.state().site() >= sites + 2); // the edited page, then the full build
        Thread.sleep(1000); // what a reload would take, had the script asked for one

        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.notReloaded === true"))
                .isEqualTo(true);
        browser.get(session.address() + "docs/POL-001/index.html");
        assertThat(browser.findElement(By.cssSelector(".document-body")).getText()).contains("The second text.");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aBrokenReferenceShowsItsPlaceOverTheLastGoodPageUntilItIsFixed() throws IOException {
        browser.get(session.address() + "docs/POL-002/index.html");
        awaitScriptListening();
        Path b = project.resolve("src/isms/documents/b.md");
        String good = Files.readString(b);

        Files.writeString(b, good.replace("[[POL-001]]", "[[POL-404]]"));
        String overlay = patiently(50).until(d -> {
            List<org.openqa.selenium.WebElement> found = d.findElements(By.id("isms-serve-overlay"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
        assertThat(overlay).contains("src/isms/documents/b.md:9:", "REF_NOT_FOUND", "POL-404");
        assertThat(browser.findElement(By.cssSelector(".document-body")).getText()).contains("A policy");

        Files.writeString(b, good);
        patiently(50).until(d -> d.findElements(By.id("isms-serve-overlay")).isEmpty());
        // The page reloads after the good build: read its text once the reloaded page shows it.
        patiently(50).until(d -> d.findElement(By.cssSelector(".document-body")).getText().contains("See A policy"));
        assertThat(consoleErrors()).isEmpty();
    }

    /*
     * A wait that polls every {@code millis} and reads through a reload: an element found before the page
     * was replaced goes stale, and the next poll finds it anew.
     */
    private WebDriverWait patiently(long millis) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(millis));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /* The page's script has asked for the state once (it then waits for the next build). */
    private void awaitScriptListening() {
        patiently(20).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return performance.getEntriesByType('resource').some(e => e.name.indexOf('/.isms-serve/state') >= 0)")));
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /* As SiteBrowserIT starts it: Debian's Chromium, headless, its console logged. */
    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
