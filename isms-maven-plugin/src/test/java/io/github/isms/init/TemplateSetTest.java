package io.github.isms.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.Document;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The template set in each language: the same files, documents, ids, controls and clauses as the
 * English set, so a Dutch or German ISMS starts with exactly the coverage of an English one.
 */
class TemplateSetTest {

    private static final Pattern XREF = Pattern.compile("\\[\\[([^]|#]+)[^]]*]]");
    /** The YAML lines whose values are the same in every language: ids, roles, scores, decisions (not the scale's names). */
    private static final Pattern LANGUAGE_NEUTRAL_RISK_LINE = Pattern.compile(
            "^\\s*((- id|owner|treatment|controls|due|status|residual|acceptance|reviewed|appetite):|(likelihood|impact): \\d).*");

    static Stream<String> translations() {
        return TemplateSet.LANGUAGES.stream().filter(l -> !l.equals(TemplateSet.ENGLISH));
    }

    private static Map<String, Document> documentsIn(String language, Path project) {
        SourceLayout layout = SourceLayout.defaults(project);
        new Initializer(TemplateSet.fromClassPath(language)).init(new InitRequest(layout, "Acme BV", null, false));
        Diagnostics diagnostics = new Diagnostics();
        List<Document> documents = new ProjectLoader(layout).load(diagnostics).documents();
        assertThat(diagnostics.all()).as(language).isEmpty();
        return documents.stream().collect(Collectors.toMap(Document::relativePath, Function.identity()));
    }

    private static String file(TemplateSet set, String path) {
        return set.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }

    private static Set<String> crossReferences(Document doc) {
        return XREF.matcher(doc.body()).results().map(m -> m.group(1).strip()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The text without YAML comments, which are written in the set's language. */
    private static List<String> withoutComments(String yaml) {
        return yaml.lines().map(l -> l.replaceAll("(^|\\s+)#.*$", "")).filter(l -> !l.isBlank()).toList();
    }

    private static List<String> languageNeutralRiskLines(String risksYaml) {
        return withoutComments(risksYaml).stream().filter(l -> LANGUAGE_NEUTRAL_RISK_LINE.matcher(l).matches()).toList();
    }

    @Test
    void aLanguageTheTemplatesAreNotWrittenInIsRefusedNamingTheOnesTheyAre() {
        assertThatThrownBy(() -> TemplateSet.fromClassPath("fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language: the policy templates are not written in 'fr'; they come in en, nl, de");
    }

    @Test
    void theLanguageIsReadWhateverItsCaseAndNoLanguageIsEnglish() {
        assertThat(TemplateSet.fromClassPath(" DE ")).isEqualTo(TemplateSet.fromClassPath("de"));
        assertThat(TemplateSet.fromClassPath("")).isEqualTo(TemplateSet.fromClassPath());
        assertThat(TemplateSet.fromClassPath(null)).isEqualTo(TemplateSet.fromClassPath("en"));
        assertThat(TemplateSet.fromClassPath("de")).isNotEqualTo(TemplateSet.fromClassPath("nl"));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslatedSetHasTheFilesOfTheEnglishSetUnderTheSamePathsWithOtherWords(String language) {
        TemplateSet english = TemplateSet.fromClassPath();
        TemplateSet translated = TemplateSet.fromClassPath(language);

        assertThat(translated.files()).extracting(TemplateFile::path)
                .containsExactlyElementsOf(english.files().stream().map(TemplateFile::path).toList());
        for (TemplateFile file : translated.documents()) {
            assertThat(file.text()).as(file.path()).isNotEqualTo(file(english, file.path()));
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyTranslatedDocumentHasTheIdTypeRolesControlsClausesAndReferencesOfItsEnglishOriginal(String language,
            @TempDir Path englishProject, @TempDir Path translatedProject) {
        Map<String, Document> english = documentsIn(TemplateSet.ENGLISH, englishProject);
        Map<String, Document> translated = documentsIn(language, translatedProject);

        assertThat(translated.keySet()).isEqualTo(english.keySet());
        for (Document original : english.values()) {
            Document translation = translated.get(original.relativePath());
            String path = translation.relativePath();
            assertThat(translation.id()).as(path).isEqualTo(original.id());
            assertThat(translation.type()).as(path).isEqualTo(original.type());
            assertThat(translation.versionText()).as(path).isEqualTo(original.versionText());
            assertThat(translation.owner()).as(path).isEqualTo(original.owner());
            assertThat(translation.approvers()).as(path).isEqualTo(original.approvers());
            assertThat(translation.classification()).as(path).isEqualTo(original.classification());
            assertThat(translation.review()).as(path).isEqualTo(original.review());
            assertThat(translation.controlIds()).as(path).isEqualTo(original.controlIds());
            assertThat(translation.clauseIds()).as(path).isEqualTo(original.clauseIds());
            assertThat(crossReferences(translation)).as(path).isEqualTo(crossReferences(original));
            assertThat(translation.title()).as(path).isNotEqualTo(original.title());
            assertThat(translation.language()).as(path).isEqualTo(language);
            assertThat(translation.positions().keySet()).as(path + " front matter keys")
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(original.positions().keySet().stream(), Stream.of("language")).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void theSettingsAndTheSoaDifferFromEnglishOnlyInTheirCommentsAndTheSiteLanguageAndTheRisksOnlyInTheirWords(String language) {
        TemplateSet english = TemplateSet.fromClassPath();
        TemplateSet translated = TemplateSet.fromClassPath(language);

        assertThat(withoutComments(file(translated, "isms.yaml")))
                .isEqualTo(withoutComments(file(english, "isms.yaml").replace("  publish: internal\n",
                        "  publish: internal\n  language: " + language + "\n")));
        for (String path : List.of("isms.yaml", "soa.yaml")) {
            assertThat(file(translated, path)).as(path).isNotEqualTo(file(english, path));
        }
        assertThat(withoutComments(file(translated, "soa.yaml"))).isEqualTo(withoutComments(file(english, "soa.yaml")));
        assertThat(languageNeutralRiskLines(file(translated, "risks.yaml")))
                .isNotEmpty().isEqualTo(languageNeutralRiskLines(file(english, "risks.yaml")));
    }
}
