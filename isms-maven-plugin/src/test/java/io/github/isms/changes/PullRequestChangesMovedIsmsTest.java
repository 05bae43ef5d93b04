package io.github.isms.changes;

import io.github.isms.engine.IsmsEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.source.SourceLayout;
import io.github.isms.source.SourceReader;
import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A pull request can not choose its own approvers", also when it moves the ISMS folder: isms.yaml
 * at the merge-base is looked up where the branch has it, and a move leaves nothing there.
 */
class PullRequestChangesMovedIsmsTest {

    @TempDir
    Path dir;

    @Test
    void aPullRequestThatMovesTheIsmsFolderFailsAndNamesNoApproverFromItsOwnIsmsYaml() {
        ChangesRepository repo = ChangesRepository.create(dir);
        repo.write("src/isms/documents/pol.md", TestDocument.of("POL-001").version("1.0").approvers("CEO").body("Rule."));
        repo.commit("Base");
        repo.branch("change");
        repo.delete("src/isms/isms.yaml").delete("src/isms/documents/pol.md");
        repo.write("isms/isms.yaml", ChangesRepository.CONFIG.replace("CEO: [bob@example.com]", "CEO: [mallory@example.com]"));
        repo.write("isms/documents/pol.md", TestDocument.of("POL-001").version("1.1").approvers("CEO").body("Rule relaxed."));
        repo.commit("Move the ISMS, relax POL-001, make mallory CEO");

        ChangeReportResult result = new IsmsEngine().review(new ChangeReportRequest(
                new SourceLayout(dir, dir.resolve("isms"), dir.resolve("isms/documents"), SourceReader.DEFAULT_MAX_BYTES),
                dir.resolve("target/isms"), "main", true));

        assertThat(result.check().errors()).extracting(d -> d.code()).contains(Code.REVIEW_ISMS_MOVED);
        assertThat(result.check().errors()).filteredOn(d -> d.code() == Code.REVIEW_ISMS_MOVED)
                .extracting(d -> d.message()).singleElement().asString().contains("src/isms/isms.yaml");
        String md = repo.reviewMarkdown();
        assertThat(md).as(md).doesNotContain("mallory@example.com");
    }
}
