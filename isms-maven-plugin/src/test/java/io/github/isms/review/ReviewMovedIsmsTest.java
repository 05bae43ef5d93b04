package io.github.isms.review;

import static io.github.isms.review.ReviewRepository.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.source.SourceLayout;
import io.github.isms.source.SourceReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewer: "a pull request can not choose its own approvers". isms.yaml at the merge-base is looked up at the
 * path it has in the work tree; a pull request that moves the ISMS folder (and sourceDirectory) finds none there,
 * and the review falls back to the pull request's own isms.yaml without saying that isms.yaml changed.
 */
class ReviewMovedIsmsTest {

    @TempDir
    Path dir;

    @Test
    void aPullRequestThatMovesTheIsmsFolderStillNeedsTheBasesApprovers() {
        ReviewRepository repo = ReviewRepository.create(dir);
        repo.write("src/isms/documents/pol.md", doc("POL-001", "1.0", "approvers: [CEO]\n", "Rule."));
        repo.commit("Base");
        repo.branch("change");
        repo.delete("src/isms/isms.yaml").delete("src/isms/documents/pol.md");
        repo.write("isms/isms.yaml", ReviewRepository.CONFIG.replace("CEO: [bob@example.com]", "CEO: [mallory@example.com]"));
        repo.write("isms/documents/pol.md", doc("POL-001", "1.1", "approvers: [CEO]\n", "Rule relaxed."));
        repo.commit("Move the ISMS, relax POL-001, make mallory CEO");

        new PullRequestReview().review(new ReviewRequest(
                new SourceLayout(dir, dir.resolve("isms"), dir.resolve("isms/documents"), SourceReader.DEFAULT_MAX_BYTES),
                dir.resolve("target/isms"), "main", true));

        String md = repo.reviewMarkdown();
        assertThat(md).as(md).contains("bob@example.com").doesNotContain("mallory@example.com");
    }
}
