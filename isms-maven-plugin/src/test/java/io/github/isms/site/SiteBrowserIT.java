package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.TestIsms;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's walk through a built site in a real Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), once over a loopback web server and once from {@code file://}:
 * dashboard, register, a document, a cross-reference, a search and its hit; no console errors,
 * and no script from a document ever runs. Screenshots go to {@code target/screenshots/}.
 */
class SiteBrowserIT {

    @TempDir
    static Path project;

    private static Path site;
    private static StaticServer server;
    private static WebDriver browser;

    @BeforeAll
    static void buildSiteAndStartBrowser() throws IOException {
        SiteFixture.write(project);
        site = project.resolve("target/isms/site");
        assertThat(SiteFixture.buildSite(project, site).errors()).isEmpty();
        server = new StaticServer(site);
        browser = chromium(project.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReaderFindsTheirWayOverAWebServer() throws IOException {
        walkThrough(server.baseUrl(), true);
    }

    @Test
    void aReaderFindsTheirWayFromTheFileSystem() throws IOException {
        walkThrough(site.toUri().toString(), false);
    }

    @Test
    void noScriptFromADocumentRuns() {
        for (String base : List.of(server.baseUrl(), site.toUri().toString())) {
            browser.get(base + "docs/GDL-001/index.html");
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(script("return typeof window.pwned")).isEqualTo("undefined");
            assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Tips <script>window.pwned=2</script> & tricks");
            assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        }
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aReaderFollowsAControlReferenceToTheControlPageAndBack() throws IOException {
        for (String base : List.of(server.baseUrl(), site.toUri().toString())) {
            browser.get(base + "docs/POL-002/index.html");
            browser.findElement(By.cssSelector(".document-body")).findElement(By.partialLinkText("A.5.15")).click();
            assertThat(browser.getCurrentUrl()).endsWith("controls/A.5.15.html");
            assertThat(text("h1")).isEqualTo("Access control");
            assertThat(text(".control-facts")).contains("Applicable");
            screenshot("control.png");

            browser.findElement(By.cssSelector("#implemented-by + ul")).findElement(By.linkText("POL-002")).click();
            assertThat(browser.getCurrentUrl()).endsWith("docs/POL-002/index.html");
            assertThat(text("h1")).isEqualTo("Access Control Policy");

            browser.findElement(By.cssSelector(".site-nav")).findElement(By.linkText("SoA")).click();
            assertThat(browser.getCurrentUrl()).endsWith("soa.html");
            assertThat(text("#A\\.5\\.15")).contains("Access control", "POL-002");
        }
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void anApproverReadsTheRenderedRedlineAndOpensTheSourceRedlineFromIt(@TempDir Path repo) throws Exception {
        Path redlineSite = repo.resolve("target/isms/site");
        versionedIsms(repo);
        assertThat(SiteFixture.buildSite(repo, redlineSite).errors()).isEmpty();

        browser.get(redlineSite.toUri() + "docs/POL-001/index.html");
        browser.findElement(By.partialLinkText("Changes since version 1.0")).click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/POL-001/redline.html");
        assertThat(text("h1")).isEqualTo("POL-001: changes from version 1.0 to 1.1");
        assertThat(text(".redline-rendered h2")).isEqualTo("Scope");
        assertThat(browser.findElements(By.cssSelector(".redline-rendered ins")).stream().map(WebElement::getText))
                .contains("quarterly.");
        assertThat(browser.findElements(By.cssSelector(".redline-rendered del")).stream().map(WebElement::getText))
                .contains("yearly.");
        assertThat(text(".redline-rendered")).contains("Example Corp").doesNotContain("{{");
        screenshot("redline.png");

        browser.findElement(By.linkText("The source redline")).click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/POL-001/redline-source.html");
        assertThat(text("pre.redline")).contains("{{ org.name }}");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aReaderSwitchesBetweenAPolicyAndItsTranslation(@TempDir Path dir) throws Exception {
        Path translatedSite = dir.resolve("target/isms/site");
        TestIsms.in(dir)
                .document("policy.md", """
                        ---
                        id: POL-001
                        title: Information Security Policy
                        type: policy
                        version: "1.0"
                        ---
                        The policy in English.
                        """)
                .document("beleid.md", """
                        ---
                        id: POL-001-NL
                        title: Informatiebeveiligingsbeleid
                        type: policy
                        language: nl
                        translation-of: POL-001
                        version: "1.0"
                        ---
                        Het beleid in het Nederlands.
                        """);
        assertThat(SiteFixture.buildSite(dir, translatedSite).errors()).isEmpty();

        browser.get(translatedSite.toUri() + "docs/POL-001/index.html");
        assertThat(text(".language-switcher [aria-current]")).isEqualTo("English");
        browser.findElement(By.cssSelector(".language-switcher")).findElement(By.linkText("Nederlands")).click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/POL-001-NL/index.html");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(text("h1")).isEqualTo("Informatiebeveiligingsbeleid");
        // The heading is shown in capitals by the style sheet; its words are the label.
        assertThat(browser.findElement(By.id("isms-document-control")).getAttribute("textContent")).isEqualTo("Documentbeheer");
        screenshot("translation.png");

        browser.findElement(By.cssSelector(".language-switcher")).findElement(By.linkText("English")).click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/POL-001/index.html");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("isms-document-control")).getAttribute("textContent")).isEqualTo("Document control");
        assertThat(consoleErrors()).isEmpty();
    }

    /**
     * A git repository whose POL-001 was approved as 1.0 and changed in 1.1, each by a CEO's approval trailer on
     * a commit pushed to main (as a squash merge leaves it; isms.yaml says such trailers count).
     */
    private static void versionedIsms(Path repo) throws Exception {
        Files.createDirectories(repo.resolve("src/isms/documents"));
        Files.writeString(repo.resolve("src/isms/isms.yaml"), """
                organization: {name: Example Corp}
                framework: iso27001:2022
                roles: {CISO: [alice@example.com], CEO: [bob@example.com]}
                defaults: {classification: internal, review: 12 months, owner: CISO, approvers: [CEO]}
                site: {publish: internal}
                approval: {singleParentTrailers: true}
                mandatoryDocuments: off
                """);
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        git(repo, "init", "-q", "-b", "main");
        for (String version : List.of("1.0", "1.1")) {
            Files.writeString(repo.resolve("src/isms/documents/access.md"), "---\nid: POL-001\ntitle: Access control\n"
                    + "type: policy\nversion: " + version + "\n---\n\n## Scope\n\n{{ org.name }} reviews access "
                    + (version.equals("1.0") ? "yearly." : "quarterly.") + "\n");
            git(repo, "add", "-A");
            git(repo, "-c", "user.name=Carol Writer", "-c", "user.email=carol@example.com", "commit", "-q", "-m",
                    "Access control " + version + "\n\nApproved-by: Bob Ceo <bob@example.com>");
        }
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private void walkThrough(String base, boolean screenshots) throws IOException {
        browser.get(base + "index.html");
        assertThat(browser.getTitle()).startsWith("Dashboard");
        assertThat(text("main")).contains("Published documents: 4.", "Classified above internal and not published here: 1.");
        if (screenshots) {
            screenshot("dashboard.png");
        }

        browser.findElement(By.cssSelector(".site-nav")).findElement(By.linkText("Register")).click();
        assertThat(text("h1")).isEqualTo("Document register");
        assertThat(text("main")).contains("Not listed: 1.").doesNotContain("SEC-001");

        browser.findElement(By.linkText("POL-001")).click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/POL-001/index.html");
        assertThat(text("h1")).isEqualTo("Information Security Policy");
        assertThat(text(".document-control")).contains("Version", "1.2", "CISO", "January 15, 2027");
        if (screenshots) {
            screenshot("document.png");
        }

        browser.findElement(By.cssSelector(".document-body")).findElement(By.linkText("Incident Management Procedure")).click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/PRO-001/index.html");
        assertThat(text(".referenced-by")).contains("POL-001");

        WebElement search = browser.findElement(By.id("site-search-q"));
        search.sendKeys(SiteFixture.SEARCH_WORD, Keys.ENTER);
        WebElement hit = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results .search-hit")));
        assertThat(text("#search-status")).isEqualTo("Documents found: 1");
        assertThat(text("#search-results")).contains("PRO-001", "Incident Management Procedure", SiteFixture.SEARCH_WORD);
        if (screenshots) {
            screenshot("search.png");
        }
        hit.click();
        assertThat(browser.getCurrentUrl()).endsWith("docs/PRO-001/index.html");

        assertThat(consoleErrors()).isEmpty();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    /*
     * The guideline's XSS payload keeps a harmless <img src=x> after sanitizing; the browser's
     * failed request for that image is the only console line allowed.
     */
    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("docs/GDL-001/x "))
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Debian's Chromium, headless, with a fresh profile; override the paths with -Dchromium / -Dchromedriver. */
    static WebDriver chromium(Path profile) {
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
