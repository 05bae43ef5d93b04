package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's theme overrides the built-in one by name, and only with files that lie inside the ISMS. */
class ThemeTest {

    static final String SECRET = "ssh-ed25519 AAAA-the-build-user's-key";

    @TempDir
    Path project;

    @TempDir
    Path buildMachine;

    Path secret;
    Path site;

    @BeforeEach
    void anIsmsAndAFileOfTheBuildMachine() throws Exception {
        TestIsms.in(project).document("policy.md", TestDocument.of("POL-001"));
        secret = Files.writeString(buildMachine.resolve("id_ed25519.pub"), SECRET);
        site = project.resolve("target/site");
    }

    CheckResult build() {
        return new IsmsEngine().site(BuildRequest.defaults(project).withSite(new SiteOptions(site, false)));
    }

    @Test
    void everyPageSendsAStrictContentSecurityPolicyAndHasNoInlineScript() throws Exception {
        assertThat(build().errors()).isEmpty();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(html).as(page.toString()).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                    + "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'\">");
            assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find()).as(page + " has an inline script").isFalse();
        }
    }

    @Test
    void aThemeFileInsideTheIsmsReplacesTheBuiltInOne() throws Exception {
        TestIsms.at(project).file("src/isms/theme/print.css", "body { color: black; }");
        assertThat(build().errors()).isEmpty();
        assertThat(site.resolve("theme/print.css")).hasContent("body { color: black; }");
    }

    @Test
    void aStaticThemeFileThatLinksOutOfTheIsmsIsRefusedAndNothingIsPublished() throws Exception {
        Files.createDirectories(project.resolve("src/isms/theme"));
        Files.createSymbolicLink(project.resolve("src/isms/theme/print.css"), secret);

        CheckResult result = build();

        assertThat(TestIsms.places(result)).containsExactly("src/isms/theme/print.css:1:1: FILE_OUTSIDE_SOURCE");
        assertThat(site).doesNotExist();
    }

    @Test
    void aTemplateThatLinksOutOfTheIsmsIsRefusedByName() throws Exception {
        Files.createDirectories(project.resolve("src/isms/theme"));
        Files.createSymbolicLink(project.resolve("src/isms/theme/document.peb"), secret);

        CheckResult result = build();

        assertThat(TestIsms.withCode(result, Code.FILE_OUTSIDE_SOURCE)).singleElement()
                .satisfies(d -> assertThat(d.position().path()).isEqualTo("src/isms/theme/document.peb"));
        assertThat(site).doesNotExist();
    }

    @Test
    void anIncludedTemplateThatLinksOutOfTheIsmsIsRefused() throws Exception {
        TestIsms.at(project).file("src/isms/theme/document.peb", """
                {% extends "layout" %}
                {% block content %}{% include "leak" %}{% endblock %}
                """);
        Files.createSymbolicLink(project.resolve("src/isms/theme/leak.peb"), secret);

        CheckResult result = build();

        assertThat(TestIsms.places(result)).containsExactly("src/isms/theme/leak.peb:1:1: FILE_OUTSIDE_SOURCE");
        assertThat(site).doesNotExist();
    }

    @Test
    void aThemeFolderThatIsItselfALinkOutOfTheIsmsIsRefused() throws Exception {
        Files.writeString(buildMachine.resolve("style.css"), SECRET);
        Files.createSymbolicLink(project.resolve("src/isms/theme"), buildMachine);

        CheckResult result = build();

        assertThat(TestIsms.places(result)).containsExactly("src/isms/theme/style.css:1:1: FILE_OUTSIDE_SOURCE");
        assertThat(site).doesNotExist();
    }

    @Test
    void anIncludedTemplateInsideTheIsmsIsRendered() throws Exception {
        TestIsms.at(project)
                .file("src/isms/theme/document.peb", """
                        {% extends "layout" %}
                        {% block content %}{% include "notice" %}{% endblock %}
                        """)
                .file("src/isms/theme/notice.peb", "<p>Our own notice</p>\n");

        assertThat(build().errors()).isEmpty();
        assertThat(site.resolve("docs/POL-001/index.html")).content().contains("<p>Our own notice</p>");
    }

    @Test
    void aThemesLabelsReplaceTheBuiltInWordsOfTheirLanguageByKey() throws Exception {
        TestIsms.at(project).file("src/isms/theme/labels_en.properties", "document.control = Document control (ISO 27001 7.5.3)\n");

        assertThat(build().errors()).isEmpty();
        assertThat(site.resolve("docs/POL-001/index.html")).content()
                .contains("<h2 id=\"isms-document-control\">Document control (ISO 27001 7.5.3)</h2>", "<th scope=\"row\">Owner</th>");
    }

    @Test
    void aTemplateThatPrintsALabelNoBundleHasFailsAtItsLine() throws Exception {
        TestIsms.at(project).file("src/isms/theme/document.peb", """
                {% extends "layout" %}
                {% block content %}
                <p>{{ t("document.nonsense") }}</p>
                {% endblock %}
                """);

        CheckResult result = build();

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.THEME_INVALID);
            assertThat(d.position().toString()).isEqualTo("src/isms/theme/document.peb:3:1");
            assertThat(d.message()).contains("document.nonsense");
        });
        assertThat(site).doesNotExist();
    }
}
