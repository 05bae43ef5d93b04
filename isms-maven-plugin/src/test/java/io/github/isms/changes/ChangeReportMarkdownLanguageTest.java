package io.github.isms.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * review.md, the comment posted on a pull request, speaks the site's language (its headings, its table, the states
 * of versions and its redline section); review.json keeps its English words, which scripts read.
 */
class ChangeReportMarkdownLanguageTest {

    @TempDir
    Path dir;

    private ChangesRepository pullRequest(String language) {
        ChangesRepository repo = ChangesRepository.create(dir.resolve("repo"));
        if (!language.isEmpty()) {
            repo.write("src/isms/isms.yaml", ChangesRepository.CONFIG.replace("  publish: internal\n",
                    "  publish: internal\n  language: " + language + "\n"));
        }
        repo.document("access.md", "POL-001", "1.0", "Only the owner grants access.");
        repo.commit("A policy");
        repo.branch("change");
        repo.document("access.md", "POL-001", "1.1", "Only the owner grants and revokes access.");
        repo.document("backup.md", "POL-002", "1.0", "Back up daily.");
        repo.commit("Revocation, and backups");
        return repo;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | ISMS-review: 2 gewijzigde documenten | Vergeleken met `main`: wijzigingen sinds de merge-base | Document | Wijziging | Versie | Goedkeuring nodig van (een van) | gewijzigd | 1.0 → 1.1 (subversie) | 1.0 (nieuw) | Wijzigingsoverzichten | Verwijderde woorden zijn doorgestreept
            de | ISMS-Prüfung: 2 geänderte Dokumente | Verglichen mit `main`: Änderungen seit der Merge-Basis | Dokument | Änderung | Version | Freigabe nötig von (einer Person aus) | geändert | 1.0 → 1.1 (Nebenversion) | 1.0 (neu) | Änderungsansichten | Entfernte Wörter sind durchgestrichen
            fr | Revue du SMSI : 2 documents modifiés | Comparé à `main` : modifications depuis la base de fusion | Document | Modification | Version | Approbation requise de (l’un de) | modifié | 1.0 → 1.1 (mineure) | 1.0 (nouveau) | Versions annotées | Les mots supprimés sont barrés
            """)
    void theCommentSpeaksTheSitesLanguage(String language, String heading, String compared, String document, String change,
            String version, String approval, String modified, String minor, String added, String redlines, String struck) {
        ChangesRepository repo = pullRequest(language);

        repo.review("main", true);

        String md = repo.reviewMarkdown();
        assertThat(md).startsWith(ChangeReportMarkdown.MARKER).contains("### " + heading + "\n", compared,
                "| " + document + " | " + change + " | " + version + " | " + approval + " |", "| " + modified + " | " + minor + " |",
                added, "#### " + redlines, struck, "**POL-001** Title of POL-001")
                .doesNotContain("changed documents", "Compared with", "Approval needed", "Redlines");
        assertThat(repo.read("target/isms/review.json")).contains("\"modified\"", "\"minor\"");
    }

    @Test
    void withoutASiteLanguageTheCommentIsEnglish() {
        ChangesRepository repo = pullRequest("");

        repo.review("main", true);

        assertThat(repo.reviewMarkdown()).contains("### ISMS review: 2 changed documents\n",
                "| Document | Change | Version | Approval needed from (one of) |", "| modified | 1.0 → 1.1 (minor) |",
                "1.0 (new)", "#### Redlines");
    }
}
