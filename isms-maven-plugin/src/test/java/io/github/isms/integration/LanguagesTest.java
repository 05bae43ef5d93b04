package io.github.isms.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.check.CheckResult;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.pdf.VeraPdf;
import io.github.isms.testing.TestIsms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dutch ISMS (site.language: nl) with a German translation of its policy and one English document: each
 * page and PDF speaks its document's language (labels, {@code lang}, {@code /Lang}, dates), machine-readable
 * dates stay ISO 8601, and a theme's labels_nl.properties changes a Dutch label.
 */
class LanguagesTest {

    @TempDir
    static Path project;

    static CheckResult built;

    @BeforeAll
    static void buildOnce() {
        TestIsms.in(project)
                .config(TestIsms.VALID_CONFIG.replace("  publish: internal\n", "  publish: internal\n  language: nl\n"))
                .document("beleid.md", """
                        ---
                        id: POL-001
                        title: Informatiebeveiligingsbeleid
                        type: policy
                        effective: 2026-02-01
                        version: "1.0"
                        ---
                        Wij beschermen informatie.
                        """)
                .document("richtlinie.md", """
                        ---
                        id: POL-001-DE
                        title: Informationssicherheitsrichtlinie
                        type: policy
                        language: de
                        translation-of: POL-001
                        effective: 2026-02-01
                        version: "1.0"
                        ---
                        Wir schützen Informationen durch Verschlüsselungsverfahren.
                        """)
                .document("english.md", """
                        ---
                        id: POL-002
                        title: Acceptable Use Policy
                        type: policy
                        language: en
                        effective: 2026-02-01
                        version: "1.0"
                        ---
                        Use systems with care.
                        """)
                .file("src/isms/theme/labels_nl.properties", "document.owner = Verantwoordelijke\n");
        built = new IsmsEngine().site(BuildRequest.defaults(project));
    }

    static Path site() {
        return project.resolve("target/isms/site");
    }

    static String page(String path) throws Exception {
        return Files.readString(site().resolve(path), StandardCharsets.UTF_8);
    }

    static byte[] pdf(String path) throws Exception {
        return Files.readAllBytes(site().resolve(path));
    }

    @Test
    void theSitesOwnWordsAreInTheSitesLanguageAndMachineDatesStayIso() throws Exception {
        assertThat(built.errors()).isEmpty();
        String register = page("register.html");
        assertThat(register).contains("<html lang=\"nl\">", "<h1>Documentenregister</h1>", "Beleidsdocumenten",
                "<time datetime=\"2026-02-01\">1 februari 2026</time>", ">Overzicht</a>", "Documenten doorzoeken");
        assertThat(page("index.html")).contains("<html lang=\"nl\">", "Gepubliceerde documenten: 3.");
        assertThat(page("search.html")).contains("data-found=\"Gevonden documenten: {0}\"");
        assertThat(page("controls/A.5.1.html")).contains("<html lang=\"nl\">", "Toepasselijkheid", "Geïmplementeerd door");
        assertThat(page("clauses/index.html")).contains("Verplichte gedocumenteerde informatie", "Hoofdstukken 4 tot en met 10");
        String csv = page("register.csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,title,type,version,status");
        assertThat(csv).contains("2026-02-01").doesNotContain("februari");
    }

    @Test
    void theRegisterListsTheTranslationRightUnderItsOriginal() throws Exception {
        String register = page("register.html");
        int original = register.indexOf(">POL-001</a>");
        int translation = register.indexOf(">POL-001-DE</a>");
        int other = register.indexOf(">POL-002</a>");
        assertThat(original).isPositive().isLessThan(translation);
        assertThat(translation).isLessThan(other);
        assertThat(register).contains("class=\"translation\" data-translation-of=\"POL-001\"", "vertaling van POL-001",
                "lang=\"de\">Informationssicherheitsrichtlinie</a>");
    }

    @Test
    void aDocumentPageSpeaksItsDocumentsLanguageAndSwitchesToItsTranslations() throws Exception {
        String dutch = page("docs/POL-001/index.html");
        assertThat(dutch).contains("<html lang=\"nl\">", "Documentbeheer", "Ingangsdatum", "1 februari 2026",
                "Verantwoordelijke", "hreflang=\"de\" lang=\"de\">Deutsch</a>",
                "<span aria-current=\"page\" lang=\"nl\">Nederlands</span>");
        String german = page("docs/POL-001-DE/index.html");
        assertThat(german).contains("<html lang=\"de\">", "Dokumentenlenkung", "Gültig ab", "1. Februar 2026",
                        "href=\"../../docs/POL-001/index.html\" hreflang=\"nl\"")
                .doesNotContain("Documentbeheer");
        String english = page("docs/POL-002/index.html");
        assertThat(english).contains("<html lang=\"en\">", "Document control", "February 1, 2026")
                .doesNotContain("language-switcher");
    }

    @Test
    void searchFindsWordsOfEveryLanguage() throws Exception {
        assertThat(page("search-index.js")).contains("Verschlüsselungsverfahren", "beschermen", "Use systems with care");
    }

    @Test
    void aDutchPdfHasDutchLabelsDatesAndLangAndPassesVeraPdf() throws Exception {
        byte[] bytes = pdf("docs/POL-001/POL-001.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Documentnummer", "Ingangsdatum", "1 februari 2026", "Verantwoordelijke",
                    "Wijzigingsgeschiedenis", "Afdruk niet beheerd", "Pagina 1 van");
        }
        assertThat(VeraPdf.failures(bytes, "3u")).isEmpty();
        assertThat(VeraPdf.failures(bytes, "ua1")).isEmpty();
    }

    @Test
    void aGermanTranslationsPdfIsGerman() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf("docs/POL-001-DE/POL-001-DE.pdf"))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Dokumentnummer", "Gültig ab", "1. Februar 2026", "Änderungshistorie", "Seite 1 von")
                    .doesNotContain("Verantwoordelijke");
        }
    }
}
