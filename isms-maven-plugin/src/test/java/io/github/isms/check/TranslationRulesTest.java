package io.github.isms.check;

import static io.github.isms.testing.TestIsms.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** translation-of: names an original of another language, one translation per language, and follows its versions. */
class TranslationRulesTest {

    @TempDir
    Path project;

    /** A policy whose {@code translation-of} is on line 6 and {@code version} on line 7. */
    private static TestDocument translation(String id, String language, String translationOf, String version) {
        return TestDocument.of(id).field("language", language).field("translation-of", translationOf).version(version);
    }

    private static TestDocument original(String id, String version) {
        return TestDocument.of(id).version(version);
    }

    @Test
    void aTranslationOfAnOriginalInAnotherLanguageIsFine() {
        CheckResult result = TestIsms.in(project)
                .document("pol.md", original("POL-001", "1.0"))
                .document("pol-nl.md", translation("POL-001-NL", "nl", "POL-001", "1.0"))
                .document("pol-de.md", translation("POL-001-DE", "de", "POL-001", "1.0"))
                .check();

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aTranslationOfAnUnknownDocumentIsReportedWhereItIsNamed() {
        CheckResult result = TestIsms.in(project)
                .document("pol-nl.md", translation("POL-001-NL", "nl", "POL-999", "1.0"))
                .check();

        assertThat(places(result)).containsExactly("src/isms/documents/pol-nl.md:6:17: TRANSLATION_TARGET_UNKNOWN");
        assertThat(TestIsms.withCode(result, Code.TRANSLATION_TARGET_UNKNOWN).get(0).message()).contains("POL-999");
    }

    @Test
    void aTranslationOfATranslationIsAChain() {
        CheckResult result = TestIsms.in(project)
                .document("pol.md", original("POL-001", "1.0"))
                .document("pol-nl.md", translation("POL-001-NL", "nl", "POL-001", "1.0"))
                .document("pol-de.md", translation("POL-001-DE", "de", "POL-001-NL", "1.0"))
                .check();

        assertThat(places(result)).containsExactly("src/isms/documents/pol-de.md:6:17: TRANSLATION_CHAIN");
        assertThat(TestIsms.withCode(result, Code.TRANSLATION_CHAIN).get(0).message()).contains("name the original");
    }

    @Test
    void translationsThatLeadBackToThemselvesAreACycle() {
        CheckResult result = TestIsms.in(project)
                .document("a.md", translation("POL-A", "nl", "POL-B", "1.0"))
                .document("b.md", translation("POL-B", "de", "POL-A", "1.0"))
                .document("c.md", translation("POL-C", "fr", "POL-C", "1.0"))
                .check();

        assertThat(places(result)).containsExactlyInAnyOrder(
                "src/isms/documents/a.md:6:17: TRANSLATION_CYCLE",
                "src/isms/documents/b.md:6:17: TRANSLATION_CYCLE",
                "src/isms/documents/c.md:6:17: TRANSLATION_CYCLE");
        assertThat(TestIsms.withCode(result, Code.TRANSLATION_CYCLE)).hasSize(3);
    }

    @Test
    void twoTranslationsInOneLanguageOrOneInTheOriginalsLanguageAreReported() {
        CheckResult result = TestIsms.in(project)
                .document("pol.md", original("POL-001", "1.0"))
                .document("pol-nl.md", translation("POL-001-NL", "nl", "POL-001", "1.0"))
                .document("pol-nl2.md", translation("POL-001-NL2", "nl", "POL-001", "1.0"))
                .document("pol-en.md", translation("POL-001-EN", "en", "POL-001", "1.0"))
                .check();

        assertThat(places(result)).containsExactlyInAnyOrder(
                "src/isms/documents/pol-nl2.md:6:17: TRANSLATION_LANGUAGE_DUPLICATE",
                "src/isms/documents/pol-en.md:5:11: TRANSLATION_LANGUAGE_DUPLICATE");
        assertThat(TestIsms.withCode(result, Code.TRANSLATION_LANGUAGE_DUPLICATE)).map(d -> d.message())
                .anyMatch(m -> m.contains("POL-001-NL2 and POL-001-NL both translate POL-001 into nl"));
    }

    @Test
    void aTranslationBehindItsOriginalsMajorVersionIsOutdatedAMinorStepIsNot() {
        CheckResult result = TestIsms.in(project)
                .document("pol.md", original("POL-001", "2.0"))
                .document("pol-nl.md", translation("POL-001-NL", "nl", "POL-001", "1.4"))
                .document("pol2.md", original("POL-002", "1.3"))
                .document("pol2-nl.md", translation("POL-002-NL", "nl", "POL-002", "1.0"))
                .check();

        assertThat(places(result)).containsExactly("src/isms/documents/pol-nl.md:7:10: TRANSLATION_OUTDATED");
        assertThat(TestIsms.withCode(result, Code.TRANSLATION_OUTDATED).get(0).message()).contains("POL-001-NL", "1.4", "2.0");
    }

    @Test
    void aLanguageThatIsNoTagIsInvalidAndOneWithoutLabelsIsSaid() {
        CheckResult result = TestIsms.in(project)
                .document("pol.md", TestDocument.of("POL-001").field("language", "Nederlands!"))
                .document("pol-es.md", TestDocument.of("POL-002").field("language", "es"))
                .check();

        assertThat(places(result)).containsExactlyInAnyOrder(
                "src/isms/documents/pol.md:5:11: LANGUAGE_INVALID",
                "src/isms/documents/pol-es.md:5:11: LANGUAGE_UNSUPPORTED");
        assertThat(TestIsms.withCode(result, Code.LANGUAGE_INVALID).get(0).message()).contains("Nederlands!");
        assertThat(TestIsms.withCode(result, Code.LANGUAGE_UNSUPPORTED).get(0).message()).contains("'es'", "English labels");
    }

    @Test
    void theSitesLanguageIsCheckedToo() {
        CheckResult result = TestIsms.in(project)
                .config(TestIsms.VALID_CONFIG.replace("  publish: internal\n", "  publish: internal\n  language: es\n"))
                .document("pol.md", TestDocument.of("POL-001"))
                .check();

        assertThat(places(result)).containsExactly("src/isms/isms.yaml:1:1: LANGUAGE_UNSUPPORTED");
    }
}
