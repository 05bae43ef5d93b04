package io.github.isms.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The sample's site, as this module's build left it (its scripted history, then {@code isms:site}), read in
 * Debian's Chromium at a desktop (1,280 px), a small laptop (1,024 px) and a phone (390 px) width. Every page
 * of the site is read (of the 93 control and 42 clause pages, which share two layouts, a dozen): the page never
 * scrolls sideways, and every table cell lies inside the viewport or inside a scroll box that lies inside it and
 * can be scrolled to the cell. On the phone the main navigation collapses behind its menu button, which opens it.
 *
 * <p>One page of each kind is photographed at each width into {@code target/screenshots/<width>/<kind>.png}.
 * With {@code -Dscreenshots.update=true} the README's two screenshots (the dashboard and a policy page at
 * 1,280 px) are copied over {@code src/site/resources/images/}, so the README shows what this test saw.
 */
class SampleSiteWidthsIT {

    private static final Path SITE = Path.of(System.getProperty("sample.site", "target/isms/site"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.directory", "target/screenshots"));
    private static final int HEIGHT = 900;

    /** One page of each kind the site has, by the name of its screenshot. */
    private static final Map<String, String> KINDS = kinds();

    /**
     * The control pages read: the one most documents implement, a control of each other theme, the two the
     * SoA excludes (their justification instead of documents).
     */
    private static final List<String> CONTROLS = List.of("A.5.1", "A.5.15", "A.6.3", "A.7.12", "A.8.13", "A.8.30");
    /** The clause pages read: one of each level, those that ask for documented information most. */
    private static final List<String> CLAUSES = List.of("4", "4.3", "6.1.3", "7.5", "7.5.3", "9.2.2", "10.2");

    /** The README's screenshots, by kind: src/site/resources/images/dashboard.png and document.png, at 1,280 px. */
    private static final List<String> README = List.of("dashboard", "document");
    private static final int README_WIDTH = 1280;

    /**
     * What lies out of reach: the page wider than the viewport; a cell outside the viewport where no box
     * scrolls it; a cell a box clips (overflow hidden) or that lies beyond what its scroll box can scroll to;
     * a scroll box that itself sticks out of the viewport.
     */
    private static final String OUT_OF_REACH = """
            const vw = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > vw + 1) {
              out.push('the page is ' + document.documentElement.scrollWidth + 'px wide in a ' + vw + 'px viewport');
            }
            const name = cell => '"' + cell.textContent.trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
            for (const cell of document.querySelectorAll('td, th')) {
              const r = cell.getBoundingClientRect();
              if (r.width === 0) continue;
              let box = cell.parentElement;
              while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
              if (!box || box === document.body) {
                if (r.left < -1 || r.right > vw + 1) out.push('cell ' + name(cell) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + 'px');
                continue;
              }
              const b = box.getBoundingClientRect();
              const overflow = getComputedStyle(box).overflowX;
              if (b.left < -1 || b.right > vw + 1) {
                out.push('the box around cell ' + name(cell) + ' spans ' + Math.round(b.left) + '..' + Math.round(b.right) + 'px');
              } else if (overflow !== 'auto' && overflow !== 'scroll') {
                if (r.left < b.left - 1 || r.right > b.right + 1) out.push('cell ' + name(cell) + ' is clipped by overflow: ' + overflow);
              } else {
                const left = r.left + box.scrollLeft - b.left - box.clientLeft;
                if (left < -1 || left + r.width > box.scrollWidth + 1) out.push('cell ' + name(cell) + ' lies beyond its scroll box');
              }
            }
            return out;
            """;

    @TempDir
    static Path profile;

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        assertThat(SITE.resolve("index.html")).as("the site this module's build produced").exists();
        browser = chromium(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} pixels")
    @ValueSource(ints = {1280, 1024, 390})
    void everyPageReadsWellAndOneOfEachKindIsPhotographedAt(int width) throws IOException {
        viewport(width);
        Map<String, String> kindOf = new LinkedHashMap<>();
        KINDS.forEach((kind, page) -> kindOf.put(page, kind));
        List<String> problems = new ArrayList<>();
        for (String page : pages()) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> outOfReach = (List<String>) script(OUT_OF_REACH);
            outOfReach.forEach(problem -> problems.add(page + ": " + problem));
            if (kindOf.containsKey(page)) {
                screenshot(SCREENSHOTS.resolve(String.valueOf(width)).resolve(kindOf.get(page) + ".png"));
            }
        }
        assertThat(problems).isEmpty();
        if (width == README_WIDTH && Boolean.getBoolean("screenshots.update")) {
            for (String kind : README) {
                Files.copy(SCREENSHOTS.resolve(String.valueOf(width)).resolve(kind + ".png"),
                        Path.of(System.getProperty("readme.images")).resolve(kind + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void onAPhoneTheNavigationCollapsesBehindItsMenuButton() {
        viewport(390);
        open("docs/POL-002/index.html");
        WebElement menu = browser.findElement(By.cssSelector(".nav-toggle"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(navigationLinks()).noneMatch(WebElement::isDisplayed);

        menu.click();

        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(navigationLinks()).hasSize(6).allMatch(WebElement::isDisplayed)
                .allMatch(link -> link.getRect().getX() + link.getRect().getWidth() <= 390);
        browser.findElement(By.cssSelector(".site-nav")).findElement(By.linkText("Risks")).click();
        assertThat(browser.getCurrentUrl()).endsWith("risks.html");
    }

    @ParameterizedTest(name = "{0} pixels")
    @ValueSource(ints = {1280, 1024})
    void onALargerScreenTheNavigationIsOpenWithoutAMenuButton(int width) {
        viewport(width);
        open("docs/POL-002/index.html");

        assertThat(browser.findElement(By.cssSelector(".nav-toggle")).isDisplayed()).isFalse();
        assertThat(navigationLinks()).hasSize(6).allMatch(WebElement::isDisplayed)
                .allMatch(link -> link.getRect().getX() + link.getRect().getWidth() <= width);
    }

    private static List<WebElement> navigationLinks() {
        return browser.findElements(By.cssSelector(".site-nav a"));
    }

    /**
     * Every page of the site but the control and clause pages, which share one layout each and are read as
     * {@link #CONTROLS} and {@link #CLAUSES}; the search page with a query, so that its results are laid out too.
     */
    private static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            List<String> pages = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> SITE.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(page -> !page.matches("(controls|clauses)/[0-9A].*"))
                    .map(page -> page.equals("search.html") ? KINDS.get("search") : page)
                    .toList());
            CONTROLS.forEach(control -> pages.add("controls/" + control + ".html"));
            CLAUSES.forEach(clause -> pages.add("clauses/" + clause + ".html"));
            assertThat(pages).as("pages of the site").hasSizeGreaterThan(50).containsAll(KINDS.values());
            return pages.stream().sorted().toList();
        }
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("dashboard", "index.html");
        kinds.put("register", "register.html");
        kinds.put("document", "docs/POL-002/index.html");
        kinds.put("superseded", "docs/POL-002/v1.0/index.html");
        kinds.put("redline", "docs/POL-002/redline.html");
        kinds.put("redline-source", "docs/POL-002/redline-source.html");
        kinds.put("risk-register-document", "docs/REG-001/index.html");
        kinds.put("soa", "soa.html");
        kinds.put("soa-redline", "soa/v1.1/redline.html");
        kinds.put("risks", "risks.html");
        kinds.put("control", "controls/A.5.15.html");
        kinds.put("clauses", "clauses/index.html");
        kinds.put("clause", "clauses/7.5.3.html");
        kinds.put("search", "search.html?q=backup");
        return kinds;
    }

    private static void open(String page) {
        browser.get(SITE.toUri() + page);
    }

    /** Sets the viewport itself (not the window around it) to the width, so that screenshots have that width. */
    private static void viewport(int width) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static Path screenshot(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Debian's Chromium, headless, with a fresh profile; override the paths with -Dchromium / -Dchromedriver. */
    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280," + HEIGHT, "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
