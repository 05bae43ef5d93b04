package io.github.isms.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A '|' in a file name splits a GFM table row even inside a code span, so review.md escapes it. */
class ChangeReportMarkdownTableTest {

    @TempDir
    Path dir;

    @Test
    void aPipeInADocumentsFileNameDoesNotAddCellsToTheTable() {
        ChangesRepository repo = ChangesRepository.create(dir);
        repo.write("src/isms/documents/a.md", TestDocument.of("POL-001").version("1.0").body("Plain."));
        repo.commit("Base");
        repo.branch("change");
        repo.write("src/isms/documents/x| 1.0 (unchanged) | *ok* @all |.md", TestDocument.of("POL-002").version("1.0").body("New."));
        repo.commit("Odd name");

        repo.review("main", true);

        String row = Arrays.stream(repo.reviewMarkdown().split("\n")).filter(l -> l.contains("POL-002")).findFirst().orElseThrow();
        // Count the cell separators GFM sees: pipes not preceded by a backslash.
        long separators = row.chars().filter(c -> c == '|').count() - row.split("\\\\\\|", -1).length + 1;
        assertThat(separators).as(row).isEqualTo(5);
    }
}
