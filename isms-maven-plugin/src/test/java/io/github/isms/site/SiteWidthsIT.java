package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.init.InitRequest;
import io.github.isms.init.Initializer;
import io.github.isms.init.TemplateSet;
import io.github.isms.source.SourceLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Every page of a full ISMS (the policy templates: 33 documents, the whole SoA, the risk register)
 * read in a real Chromium at a desktop, a small laptop and a phone width: the page never scrolls
 * sideways, every table cell lies inside the viewport or inside a scroll box that does, and every
 * navigation link can be reached. Screenshots of the main pages go to {@code target/screenshots/}.
 */
class SiteWidthsIT {

    /** Fails with what lies outside: the page's own width, a cell, or a navigation link. */
    private static final String OUTSIDE = """
            const vw = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > vw + 1) {
              out.push('the page is ' + document.documentElement.scrollWidth + 'px wide in a ' + vw + 'px viewport');
            }
            for (const cell of document.querySelectorAll('td, th')) {
              const r = cell.getBoundingClientRect();
              if (r.width === 0) continue;
              let box = cell.parentElement;
              while (box && box !== document.body) {
                const overflow = getComputedStyle(box).overflowX;
                if (overflow === 'auto' || overflow === 'scroll') break;
                box = box.parentElement;
              }
              const edge = box && box !== document.body ? box.getBoundingClientRect() : r;
              if (edge.right > vw + 1 || edge.left < -1) {
                out.push('cell "' + cell.textContent.trim().slice(0, 30) + '" ends at ' + Math.round(edge.right) + 'px');
              }
            }
            for (const link of document.querySelectorAll('.site-nav a')) {
              const r = link.getBoundingClientRect();
              if (r.right > vw + 1 || r.width === 0) out.push('navigation link "' + link.textContent.trim() + '" is out of reach');
            }
            return out;
            """;

    @TempDir
    static Path project;

    private static Path site;
    private static WebDriver browser;

    @BeforeAll
    static void buildTheStarterIsmsAndStartBrowser() throws IOException {
        SourceLayout layout = SourceLayout.defaults(project);
        new Initializer(TemplateSet.fromClassPath()).init(new InitRequest(layout, "Widths Test Ltd", null, false));
        // A document with a table wider than any phone, as people paste them from spreadsheets.
        Files.writeString(layout.documentsDir().resolve("wide-table.md"), """
                ---
                id: STD-900
                title: Supplier Contact Matrix
                type: standard
                version: "0.1"
                controls: [A.5.19]
                ---

                # Supplier Contact Matrix

                | Supplier | Service | Contract owner | Security contact | Escalation | Certification | Last assessment | Next assessment | Notes |
                |---|---|---|---|---|---|---|---|---|
                | Northwind Hosting Services International | Infrastructure-as-a-service | procurement-lead@example.com | security-operations-centre@northwind.example | +31-20-555-0100-ext-42 | ISO/IEC 27001:2022 and SOC 2 Type II | 2026-02-01 | 2027-02-01 | reviewedquarterlywithoutexceptionsinceonboarding |
                """);
        site = project.resolve("target/isms/site");
        BuildRequest request = BuildRequest.defaults(project).withSite(new SiteOptions(site, false));
        assertThat(new IsmsEngine().site(request).errors()).isEmpty();
        browser = SiteBrowserIT.chromium(project.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} pixels")
    @ValueSource(ints = {1280, 1024, 390})
    void everyPageReadsWellAt(int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            browser.get(page.toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) ((JavascriptExecutor) browser).executeScript(OUTSIDE);
            outside.forEach(p -> problems.add(site.relativize(page) + ": " + p));
            String name = site.relativize(page).toString();
            if (List.of("index.html", "register.html", "soa.html", "risks.html", "docs/STD-900/index.html").contains(name)) {
                screenshot(width + "-" + name.replace('/', '-').replace(".html", ".png"));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The site's pages: every top-level page, every document, and the control and clause pages of one theme each. */
    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> {
                        String name = site.relativize(p).toString();
                        return !name.contains("/") || name.startsWith("docs/") || name.matches("controls/A\\.(5\\.1|8\\.20)\\.html")
                                || name.matches("clauses/(4\\.1|7\\.5)\\.html");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", "widths", name);
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
