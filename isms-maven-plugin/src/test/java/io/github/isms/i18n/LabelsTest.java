package io.github.isms.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of each language: complete bundles, labels by key, dates the language's way. */
class LabelsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/github/isms");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de", "fr"})
    void everyLanguageHasEveryEnglishKeyAndNoOtherWithTheSamePlaceholders(String language) {
        Map<String, String> english = Labels.bundle("en");
        Map<String, String> other = Labels.bundle(language);

        assertThat(other.keySet()).as("keys of labels_%s.properties", language).isEqualTo(english.keySet());
        english.forEach((key, text) -> {
            assertThat(other.get(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(other.get(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(text));
        });
    }

    @Test
    void theBuiltInLabelsOfATagAreReadOncePerJvm() {
        assertThat(Labels.builtIn("de-CH")).isSameAs(Labels.builtIn("de-CH"));
        assertThat(Labels.builtIn("de-CH").language()).isEqualTo("de-CH");
        assertThat(Labels.builtIn("de-CH").with(Map.of())).isSameAs(Labels.builtIn("de-CH"));
    }

    @Test
    void everyLanguageTheLabelsListHasABundle() {
        assertThat(Labels.LANGUAGES).containsExactly("en", "nl", "de", "fr");
        Labels.LANGUAGES.forEach(language -> assertThat(Labels.bundle(language)).isNotEmpty());
    }

    @Test
    void everyLabelKeyALayoutPrintsIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("t\\(\"([a-zA-Z.-]+)\"");
        for (Path template : templates()) {
            Matcher m = call.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> keys = Labels.bundle("en").keySet();
        for (String key : used) {
            if (key.endsWith(".")) {
                // A key the layout completes with a value (t("state." + d.state)): every value has its label.
                assertThat(keys).as("labels under %s", key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(keys).as("the label a layout prints").contains(key);
            }
        }
        assertThat(keys).contains("state.approved", "state.draft", "state.not-established", "status.active",
                "status.retired", "watermark.draft", "watermark.superseded", "watermark.retired");
        for (io.github.isms.model.DocumentType type : io.github.isms.model.DocumentType.values()) {
            assertThat(keys).contains("type." + type.key(), "types." + type.key());
        }
    }

    /**
     * The layouts that print the site's and the PDF's own words take every word from the bundles: with tags,
     * expressions and comments taken out, no English word is left in them.
     */
    @Test
    void noLocalizedLayoutWritesAWordOfItsOwn() throws IOException {
        for (Path template : templates()) {
            String name = template.getFileName().toString();
            if (!LOCALIZED.contains(name)) {
                continue;
            }
            String raw = Files.readString(template, StandardCharsets.UTF_8);
            Matcher attributes = Pattern.compile("(?:aria-label|placeholder|title|alt)=\"([^\"]*)\"").matcher(raw);
            while (attributes.find()) {
                assertThat(attributes.group(1).replaceAll("(?s)\\{\\{.*?}}", "")).as("an attribute of %s", name)
                        .doesNotContainPattern("\\p{L}{2,}");
            }
            String text = raw
                    .replaceAll("(?s)\\{#.*?#}", " ")
                    .replaceAll("(?s)\\{\\{.*?}}", " ")
                    .replaceAll("(?s)\\{%.*?%}", " ")
                    .replaceAll("(?s)<style>.*?</style>", " ")
                    .replaceAll("(?s)<script[^>]*>.*?</script>", " ")
                    .replaceAll("(?s)<!DOCTYPE[^>]*>", " ")
                    .replaceAll("(?s)<!--.*?-->", " ")
                    // Front-matter keys are the same in every language.
                    .replaceAll("(?s)<code>.*?</code>", " ")
                    .replaceAll("(?s)<[^>]*>", " ");
            Matcher words = Pattern.compile("\\p{L}{2,}").matcher(text);
            List<String> found = words.results().map(r -> r.group()).toList();
            assertThat(found).as("words written into %s instead of taken from the bundles", name).isEmpty();
        }
    }

    /** The layouts whose words are all labels; the transition page (2013 to 2022) and the SoA's redline are not yet. */
    private static final Set<String> LOCALIZED = Set.of("layout.peb", "document.peb", "register.peb", "dashboard.peb",
            "search.peb", "superseded.peb", "redline.peb", "print.peb", "control.peb", "clause.peb", "clauses.peb",
            "coverage-table.peb", "soa.peb", "soa-body.peb", "risks.peb", "soa-redline.peb", "transition.peb");

    @Test
    void aKeyThatNoBundleHasIsRefusedRatherThanPrintedBlank() {
        assertThatThrownBy(() -> Labels.builtIn("nl").get("document.nonsense"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document.nonsense");
    }

    @Test
    void placeholdersAreFilledAndAnApostropheNeedsNoQuoting() {
        assertThat(Labels.builtIn("de").get("document.versionNumber", "2.1")).isEqualTo("Version 2.1");
        assertThat(Labels.builtIn("fr").get("footer.published", "interne"))
                .isEqualTo("Les documents classés jusqu’à interne sont publiés ici.");
    }

    @ParameterizedTest
    @CsvSource({"en, 'February 1, 2026'", "nl, 1 februari 2026", "de, 1. Februar 2026", "fr, 1 février 2026"})
    void datesAreWrittenTheLanguagesWay(String language, String written) {
        assertThat(Labels.builtIn(language).date("2026-02-01")).isEqualTo(written);
    }

    @Test
    void textThatIsNoDateIsLeftAsItIsAndWhatFollowsADateIsKept() {
        Labels german = Labels.builtIn("de");
        assertThat(german.date("")).isEmpty();
        assertThat(german.date("not established")).isEqualTo("not established");
        assertThat(german.date("2026-02-01 (Version 1.0)")).isEqualTo("1. Februar 2026 (Version 1.0)");
    }

    @Test
    void aRegionalTagReadsItsLanguagesBundleAndALanguageWithoutOneReadsEnglish() {
        Labels swiss = Labels.builtIn("de-CH");
        assertThat(swiss.language()).isEqualTo("de-CH");
        assertThat(swiss.get("document.control")).isEqualTo("Dokumentenlenkung");
        assertThat(Labels.supported("de-CH")).isTrue();
        assertThat(Labels.supported("es")).isFalse();
        assertThat(Labels.builtIn("es").get("document.control")).isEqualTo("Document control");
    }

    @Test
    void overridesReplaceLabelsByKeyAndIgnoreKeysNoBundleHas() {
        Labels own = Labels.builtIn("nl").with(Map.of("document.control", "Beheer van dit document", "no.such", "x"));
        assertThat(own.get("document.control")).isEqualTo("Beheer van dit document");
        assertThat(own.get("document.owner")).isEqualTo("Eigenaar");
        assertThat(own.has("no.such")).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".peb")).sorted().toList();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
