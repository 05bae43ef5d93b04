package io.github.isms.site;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.CatalogTargets;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How later features (catalog, history, PDFs) add to the site without touching its core pages. */
class SiteExtensionTest {

    @TempDir
    Path project;

    /** A page of another feature: a record and a template of the same name. */
    record ControlPage(String id, String name) implements SitePage {
        @Override
        public String path() {
            return "controls/" + id + ".html";
        }

        @Override
        public String template() {
            return "control";
        }

        @Override
        public String title() {
            return id + " " + name;
        }
    }

    private static final PageSource CONTROLS = new PageSource() {
        @Override
        public List<SitePage> pages(SiteModel model) {
            return List.of(new ControlPage("A.5.15", "Access control"));
        }

        @Override
        public List<NavLink> navLinks() {
            return List.of(new NavLink("Controls", "controls/A.5.15.html"));
        }

        @Override
        public void writeFiles(SiteModel model, SiteFiles out) {
            out.write("docs/POL-001/POL-001.pdf", "%PDF-1.7 stand-in".getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public Map<String, List<NavLink>> downloads(SiteModel model) {
            return Map.of("docs/POL-001/index.html", List.of(new NavLink("Signed PDF", "docs/POL-001/POL-001.pdf")));
        }
    };

    @Test
    void aFeatureAddsPagesNavigationFilesHistoryDownloadsAndPanels() throws IOException {
        SiteFixture.write(project).file("src/isms/theme/control.peb",
                "{% extends \"layout\" %}{% block content %}<h1>{{ page.title }}</h1>{% endblock %}");
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject ismsProject = new ProjectLoader(SourceLayout.defaults(project)).load(diagnostics);
        SiteInputs inputs = new SiteInputs(ismsProject,
                new DocumentRenderer().renderAll(ismsProject,
                        new CatalogTargets(CatalogModel.load(ismsProject, diagnostics).catalogs()), diagnostics),
                Map.of("POL-001", new HistoryView("draft", List.of(new HistoryView.RevisionRow(
                        "1.2", "2026-01-15", List.of("Alice"), List.of("Bob"), "Objectives added")))),
                List.of(new DashboardPanel("overdue", "Overdue reviews", "None.",
                        List.of(new DashboardPanel.Item("POL-002 Access Control Policy", "due 2026-02-01", "docs/POL-002/index.html")))),
                List.of(CONTROLS));
        Path site = project.resolve("site");

        new SiteBuilder(inputs).build(site, diagnostics);

        assertThat(diagnostics.hasErrors()).as("%s", diagnostics.all()).isFalse();
        assertThat(Files.readString(site.resolve("controls/A.5.15.html")))
                .contains("<h1>A.5.15 Access control</h1>", "href=\"../theme/style.css\"", ">Controls</a>");
        String document = Files.readString(site.resolve("docs/POL-001/index.html"));
        assertThat(document).contains("banner-draft", "Revision history", "Objectives added", "Alice", "Bob",
                "href=\"../../docs/POL-001/POL-001.pdf\">Signed PDF</a>");
        assertThat(Files.readString(site.resolve("index.html"))).contains("Overdue reviews", "due 2026-02-01")
                .contains(">draft<");
        assertThat(Files.readString(site.resolve("manifest.json"))).contains("\"docs/POL-001/POL-001.pdf\"");
    }
}
