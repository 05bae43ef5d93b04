package io.github.isms.history;

import static io.github.isms.testing.GitFixture.BOB;
import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History read with the changes of earlier builds: only commits not read before are diffed, and the
 * history is always the one a reader without the cache finds.
 */
class ChangeCacheTest {

    @TempDir
    Path temp;

    private GitFixture git;
    private Path cacheFile;
    private HistoryReader last;

    @BeforeEach
    void aLineOfFiveCommitsWithAMergedRequest() {
        git = GitFixture.init(temp.resolve("repo"));
        git.document("isp.md", "POL-001", "1.0", "One.");
        git.commit(CAROL, "Add the policy");
        git.document("acp.md", "POL-002", "1.0", "Access.");
        git.commit(CAROL, "Add access control");
        git.pullRequest("topic", CAROL, "isp.md", "POL-001", "1.1", BOB, "Merge the policy's new version");
        git.commit(CAROL, "An empty commit");
        cacheFile = temp.resolve("cache/history/documents");
    }

    private HistoryRequest request() {
        return new HistoryRequest(git.documents(), ApprovalTest.trailerRules());
    }

    private HistoryResult cached(String version) {
        last = HistoryReader.cachedIn(cacheFile, version);
        return last.read(request());
    }

    private HistoryResult fresh() {
        return new HistoryReader().read(request());
    }

    @Test
    void theFirstReadDiffsEveryMainLineCommitAndTheNextOneNone() {
        HistoryResult first = cached("1");
        assertThat(last.commitsRead()).isEqualTo(4);
        assertThat(cacheFile).isRegularFile();
        assertThat(cached("1")).isEqualTo(first).isEqualTo(fresh());
        assertThat(last.commitsRead()).isZero();
    }

    @Test
    void aReadAfterOneNewCommitDiffsOnlyThatCommit() {
        cached("1");
        git.document("isp.md", "POL-001", "1.2", "One, again.");
        git.commit(CAROL, "Version 1.2");
        HistoryResult again = cached("1");
        assertThat(last.commitsRead()).isEqualTo(1);
        assertThat(again).isEqualTo(fresh());
        assertThat(again.document("POL-001").orElseThrow().revisions()).extracting(Revision::version)
                .containsExactly("1.0", "1.1", "1.2");
    }

    @Test
    void aRewrittenHistoryDiffsItsNewCommitsAndGivesTheHistoryAsItNowIs() {
        cached("1");
        git.git("reset", "-q", "--hard", "HEAD~2");
        git.document("acp.md", "POL-002", "2.0", "Access, rewritten.");
        git.commit(CAROL, "Rewritten");
        HistoryResult again = cached("1");
        assertThat(last.commitsRead()).isEqualTo(1);
        assertThat(again).isEqualTo(fresh());
        assertThat(again.document("POL-001").orElseThrow().revisions()).extracting(Revision::version).containsExactly("1.0");
    }

    @Test
    void anAmendedLastCommitIsDiffedAgain() {
        cached("1");
        git.document("isp.md", "POL-001", "1.2", "Amended.");
        git.git("add", "-A");
        git.git("-c", "user.name=Carol Writer", "-c", "user.email=carol@example.com", "commit", "-q", "--amend", "-m", "Amended");
        HistoryResult again = cached("1");
        assertThat(last.commitsRead()).isEqualTo(1);
        assertThat(again).isEqualTo(fresh());
    }

    @Test
    void anotherPluginVersionOrADamagedFileReadsEveryCommit() throws IOException {
        cached("1");
        assertThat(cached("2")).isEqualTo(fresh());
        assertThat(last.commitsRead()).isEqualTo(4);
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(cached("2")).isEqualTo(fresh());
        assertThat(last.commitsRead()).isEqualTo(4);
    }

    @Test
    void aCacheOfAnotherFileSetIsNotUsed() {
        cached("1");
        HistoryReader soa = HistoryReader.cachedIn(cacheFile, "1");
        soa.read(request().forFile(git.dir().resolve("src/isms"), "soa.yaml", new YamlFrontMatterReader()));
        assertThat(soa.commitsRead()).isEqualTo(4);
    }
}
