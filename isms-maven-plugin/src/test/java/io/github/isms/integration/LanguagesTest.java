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
                .config(TestIsms.VALID_CONFIG.replace("  publish: internal\n", "  publish: internal\n  language: nl\n")
                        + "catalogs: [catalogs/eigen.yaml]\n")
                .document("beleid.md", """
                        ---
                        id: POL-001
                        title: Informatiebeveiligingsbeleid
                        type: policy
                        effective: 2026-02-01
                        version: "1.0"
                        controls: [A.5.1, EIG-1]
                        ---
                        Wij beschermen informatie; zie [[EIG-1]].
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
                        Wir schützen Informationen durch Verschlüsselungsverfahren; siehe [[EIG-1]].
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
                .file("src/isms/theme/labels_nl.properties", "document.owner = Verantwoordelijke\n")
                .file("src/isms/catalogs/eigen.yaml", """
                        catalog: eigen
                        title: Eigen maatregelen
                        groups:
                          EIG:
                            title: Own controls
                            titles: {nl: Eigen maatregelen, de: Eigene Maßnahmen}
                            controls:
                              EIG-1:
                                title: Laptops are encrypted
                                titles: {nl: Laptops zijn versleuteld, de: Laptops sind verschlüsselt}
                              EIG-2: Visitors are escorted
                        """)
                .file("src/isms/soa.yaml", """
                        controls:
                          A.5.1: {status: implemented, justification: Vereist door klanten}
                          A.5.2: {status: planned}
                          A.7.4: {applicable: false, justification: Geen eigen gebouw}
                        """)
                .file("src/isms/risks.yaml", """
                        risks:
                          - id: R-001
                            title: Ransomware versleutelt bestanden
                            owner: CISO
                            likelihood: 4
                            impact: 5
                            treatment: modify
                            controls: [A.5.1]
                            plan: Onveranderbare back-ups
                            due: 2026-06-30
                            status: in-progress
                            reviewed: 2026-02-10
                          - id: R-002
                            title: Vertrekker houdt toegang
                            owner: CEO
                            likelihood: 3
                            impact: 4
                        """);
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
    void theSoaSpeaksTheSitesLanguageWithTheCatalogsDutchTitlesOnItsPageAndPdf() throws Exception {
        org.jsoup.nodes.Document soa = org.jsoup.Jsoup.parse(page("soa.html"));
        assertThat(soa.select("html").attr("lang")).isEqualTo("nl");
        assertThat(soa.title()).startsWith("Verklaring van toepasselijkheid ·");
        assertThat(soa.select("h1").text()).isEqualTo("Verklaring van toepasselijkheid");
        assertThat(soa.select("table.soa thead th").eachText()).startsWith("Maatregel", "Titel", "Van toepassing", "Rechtvaardiging");
        assertThat(soa.getElementById("A.5.1").text()).contains("ja", "Vereist door klanten", "geïmplementeerd");
        assertThat(soa.getElementById("A.5.2").text()).contains("gepland", "hiaat");
        assertThat(soa.getElementById("A.7.4").text()).contains("nee", "Geen eigen gebouw");
        assertThat(soa.getElementById("EIG-1").text()).contains("Laptops zijn versleuteld").doesNotContain("encrypted");
        assertThat(soa.select("tr.soa-group").eachText()).contains("EIG Eigen maatregelen");
        // A control the catalog does not translate keeps its own title.
        assertThat(soa.getElementById("EIG-2").text()).contains("Visitors are escorted");
        assertThat(page("controls/EIG-1.html")).contains("<h1 class=\"document-title\">Laptops zijn versleuteld</h1>");
        assertThat(page("controls/A.5.1.html")).contains("geïmplementeerd");

        try (PDDocument pdf = Loader.loadPDF(pdf("soa.pdf"))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Verklaring van toepasselijkheid", "Maatregel", "Rechtvaardiging", "Laptops zijn versleuteld",
                    "geïmplementeerd", "gepland", "HIAAT").doesNotContain("Statement of Applicability", "Justification");
        }
        assertThat(page("soa.csv").lines().findFirst().orElseThrow())
                .startsWith("catalog,group,control,title,applicable,justification,status,implemented by");
        assertThat(page("soa.csv")).contains("implemented").doesNotContain("geïmplementeerd");
    }

    @Test
    void aReferenceToAControlReadsInTheDocumentsLanguage() throws Exception {
        assertThat(page("docs/POL-001/index.html")).contains(">EIG-1 Laptops zijn versleuteld</a>");
        assertThat(page("docs/POL-001-DE/index.html")).contains(">EIG-1 Laptops sind verschlüsselt</a>");
    }

    @Test
    void theRiskPageSpeaksTheSitesLanguageAndWritesDatesItsWay() throws Exception {
        String risks = page("risks.html");
        assertThat(risks).contains("<html lang=\"nl\">", "<h1>Risicoregister en risicobehandelplan</h1>", "Risicomatrices",
                "Waarschijnlijkheid", "Risicobehandelplan", "verminderen (mitigeren)", "in uitvoering", "Nog niet behandeld",
                "boven de risicobereidheid", "<time datetime=\"2026-06-30\">30 juni 2026</time>",
                "<time datetime=\"2026-02-10\">10 februari 2026</time>");
        assertThat(page("risks.csv")).contains("2026-06-30").doesNotContain("juni");
    }

    @Test
    void theDashboardsPanelsSpeakTheSitesLanguage() throws Exception {
        String dashboard = page("index.html");
        assertThat(dashboard).contains("Gereedheid voor certificering:", "Zorg voor steun van de directie",
                "Hiaten in maatregelen:", "Verplichte gedocumenteerde informatie:", "Risico’s: 2 van 2 boven de risicobereidheid",
                "niet begonnen", "<title>Overzicht ·");
    }

    /**
     * The Dutch site's pages keep no English word of the bundles' English texts: every word that the English
     * labels use and the Dutch ones do not (and that the ISMS itself does not write) is absent from the pages' text.
     */
    @Test
    void noEnglishWordOfTheSitesOwnIsLeftOnTheDutchPages() throws Exception {
        java.util.Set<String> english = words(String.join(" ", io.github.isms.i18n.Labels.bundle("en").values()));
        english.removeAll(words(String.join(" ", io.github.isms.i18n.Labels.bundle("nl").values())));
        english.removeAll(words(String.join(" ", java.nio.file.Files.readAllLines(project.resolve("src/isms/catalogs/eigen.yaml")))));
        // Why git history is unavailable is the history reader's own sentence, as its diagnostic says it.
        english.removeAll(words("no git repository at or above the ISMS folder"));
        // The shipped catalogs (control, clause and mandatory-item titles) are English by design.
        for (String catalog : java.util.List.of("annex-a", "clauses", "mandatory")) {
            try (java.io.InputStream in = LanguagesTest.class.getResourceAsStream("/io/github/isms/catalog/iso27001-2022-" + catalog + ".yaml")) {
                english.removeAll(words(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        for (String path : java.util.List.of("index.html", "soa.html", "risks.html", "register.html", "docs/POL-001/index.html",
                "controls/A.5.1.html", "clauses/index.html")) {
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page(path));
            // Words in another language are marked so (the English document's title); so is nothing else.
            html.select("[lang]:not(html)").remove();
            // Front-matter keys and file names are the same in every language.
            html.select("code, .path").remove();
            java.util.Set<String> left = words(html.select("main").text() + " " + html.title());
            left.retainAll(english);
            assertThat(left).as("English words on the Dutch %s", path).isEmpty();
        }
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}{3,}").matcher(text.replaceAll("\\{\\d+}", " "));
        while (m.find()) {
            words.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
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
