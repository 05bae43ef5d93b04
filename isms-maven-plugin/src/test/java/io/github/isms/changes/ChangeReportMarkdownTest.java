package io.github.isms.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review.md is posted as a pull request comment that GitHub and GitLab render: what documents say must show
 * as written, never as markup, links or mentions, its tables keep their columns, and the comment must fit
 * GitHub's size limit.
 */
class ChangeReportMarkdownTest {

    private static final String DOCS = "src/isms/documents/";

    @TempDir
    Path dir;

    @Test
    void titlesAndBodiesShowAsWrittenWithoutMarkupTableBreaksOrMentions() {
        ChangesRepository repo = ChangesRepository.create(dir);
        repo.write(DOCS + "odd.md", TestDocument.of("POL-009").version("1.0").body("Plain."));
        repo.commit("Base");
        repo.branch("change");
        repo.write(DOCS + "odd.md", TestDocument.of("POL-009").version("1.1").body("Ask <script>alert(1)</script> @security-team.\n</pre></details> *bold*")
                .title("\"A | B <b>x</b> [link](http://x) @all\""));
        repo.commit("Odd");

        repo.review("main", true);

        String md = repo.reviewMarkdown();
        assertThat(md).contains("A \\| B &lt;b&gt;x&lt;/b&gt; \\[link\\](http:\u2060//x) @\u2060all")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("@\u2060security-team")
                .contains("&lt;/pre&gt;&lt;/details&gt;")
                .doesNotContain("<script>").doesNotContain("<b>").doesNotContain("@all").doesNotContain("@security");
        assertThat(md.split("\n")).filteredOn(line -> line.equals("</pre>")).hasSize(1);
        assertThat(md.split("\n")).filteredOn(line -> line.equals("</details>")).hasSize(1);
    }

    @Test
    void anEscapedEntityInABodyShowsAsWrittenAndBidiControlsAreMadeVisible() {
        ChangesRepository repo = ChangesRepository.create(dir);
        repo.write(DOCS + "odd.md", TestDocument.of("POL-009").version("1.0").body("Plain &lt;b&gt; text."));
        repo.commit("Base");
        repo.branch("change");
        repo.write(DOCS + "odd.md", TestDocument.of("POL-009").version("1.1").body("Changed &lt;b&gt; text.")
                .title("\"Access \u202Edevorppa\u202C policy\""));
        repo.commit("Odd");

        repo.review("main", true);

        String md = repo.reviewMarkdown();
        // GitHub shows "&amp;lt;b&amp;gt;" as the "&lt;b&gt;" the source says, not as "<b>".
        assertThat(md).contains("&amp;lt;b&amp;gt; text.").doesNotContain(" &lt;b&gt; text.")
                .contains("Access &lt;U+202E&gt;devorppa&lt;U+202C&gt; policy")
                .doesNotContain("\u202E").doesNotContain("\u202C");
    }

    @Test
    void redlinesThatWouldMakeTheCommentTooLongForGitHubAreLeftOutSayingSo() {
        ChangesRepository repo = ChangesRepository.create(dir);
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            longText.append("Line ").append(i).append(" of a very long register.\n");
        }
        repo.document("long.md", "REG-001", "1.0", "Start.");
        repo.document("short.md", "POL-001", "1.0", "Short.");
        repo.commit("Base");
        repo.branch("change");
        repo.document("long.md", "REG-001", "1.1", longText.toString());
        repo.document("short.md", "POL-001", "1.1", "Shorter.");
        repo.commit("Long");

        ChangeReportResult result = repo.review("main", true);

        String md = repo.reviewMarkdown();
        assertThat(md.length()).isLessThan(65_536);
        assertThat(md).contains("Left out: the comment would exceed the 65,536 characters GitHub allows")
                .contains("<del>Short</del><ins>Shorter</ins>.");
        assertThat(result.review().documents().get(1).redline()).contains("Line 2999 of a very long register.");
        assertThat(repo.read("target/isms/review.json")).contains("Line 2999 of a very long register.");
    }

    @Test
    void aRedlineShowsTheChangedLinesWithTwoLinesAroundThem() {
        String redline = "a\nb\nc\nd\n<del>e</del>\nf\ng\nh\ni\n";

        assertThat(CompactRedline.of(redline)).isEqualTo("\u22ef\nc\nd\n<del>e</del>\nf\ng\n\u22ef\n");
    }

    /** A '|' in a file name splits a GFM table row even inside a code span, so review.md escapes it. */
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
