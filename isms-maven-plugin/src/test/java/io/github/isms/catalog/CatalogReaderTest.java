package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog format's optional {@code titles:}: a group's and a control's title in other languages. */
class CatalogReaderTest {

    private static final String TRANSLATED = """
            catalog: nis2
            title: NIS2 Article 21 measures
            groups:
              "21.2":
                title: Cybersecurity risk-management measures
                titles: {nl: Maatregelen voor cyberbeveiligingsrisicobeheer, de: Maßnahmen zum Cybersicherheitsrisikomanagement}
                controls:
                  NIS2-21.2.a: Policies on risk analysis and information system security
                  NIS2-21.2.b:
                    title: Incident handling
                    titles:
                      nl: Afhandeling van incidenten
                      de: Bewältigung von Sicherheitsvorfällen
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private Catalog read(String text) {
        return CatalogReader.read(text, "catalogs/nis2.yaml", diagnostics).orElseThrow();
    }

    private static Control control(Catalog catalog, String id) {
        return catalog.groups().stream().flatMap(g -> g.controls().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aControlWrittenAsAMappingHasItsTitleAndItsTitlesPerLanguage() {
        Control control = control(read(TRANSLATED), "NIS2-21.2.b");

        assertThat(diagnostics.all()).isEmpty();
        assertThat(control.title()).isEqualTo("Incident handling");
        assertThat(control.titles()).containsOnly(
                Map.entry("nl", "Afhandeling van incidenten"),
                Map.entry("de", "Bewältigung von Sicherheitsvorfällen"));
        assertThat(control.title("de")).isEqualTo("Bewältigung von Sicherheitsvorfällen");
    }

    @Test
    void aLanguageTheCatalogDoesNotTranslateIntoFallsBackToTheCatalogsOwnTitle() {
        Catalog catalog = read(TRANSLATED);

        assertThat(control(catalog, "NIS2-21.2.b").title("fr")).isEqualTo("Incident handling");
        assertThat(control(catalog, "NIS2-21.2.a").titles()).isEmpty();
        assertThat(control(catalog, "NIS2-21.2.a").title("nl")).isEqualTo("Policies on risk analysis and information system security");
    }

    @Test
    void aGroupHasItsTitlesPerLanguageToo() {
        ControlGroup group = read(TRANSLATED).groups().get(0);

        assertThat(group.title("nl")).isEqualTo("Maatregelen voor cyberbeveiligingsrisicobeheer");
        assertThat(group.title("fr")).isEqualTo("Cybersecurity risk-management measures");
    }

    @Test
    void aBadLanguageTagAnEmptyTitleAndAnUnknownKeyAreEachReportedAtTheirLineAndTheRestIsKept() {
        Catalog catalog = read("""
                catalog: nis2
                groups:
                  "21.2":
                    title: Measures
                    controls:
                      NIS2-21.2.b:
                        title: Incident handling
                        titel: Typo
                        titles:
                          Dutch: Afhandeling van incidenten
                          de:
                          nl: Afhandeling van incidenten
                """);

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "catalogs/nis2.yaml:8:9: KEY_UNKNOWN unknown key 'titel' in control NIS2-21.2.b; known keys: title, titles",
                "catalogs/nis2.yaml:10:11: CATALOG_INVALID 'Dutch' under titles: is not a language tag; write the language as nl, de or pt-BR",
                "catalogs/nis2.yaml:11:11: VALUE_EMPTY 'de' must have a value");
        assertThat(control(catalog, "NIS2-21.2.b").titles()).containsOnlyKeys("nl");
    }

    @Test
    void theShippedAnnexAGivesEnglishTitlesOnlySoEveryLanguageGetsThem() {
        Control control = CatalogSet.of(Edition.ISO27001_2022).control("A.5.15").orElseThrow();

        assertThat(control.title()).isEqualTo("Access control");
        assertThat(control.titles()).isEmpty();
        assertThat(control.title("nl")).isEqualTo("Access control");
    }
}
