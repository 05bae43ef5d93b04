package io.github.isms.platform;

import io.github.isms.history.ApprovalNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.testing.FakeRestServer;
import io.github.isms.testing.FakeRestServer.Answer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GitLab's REST API v4 as its documentation describes it, answered by a loopback server. */
class GitLabClientTest {

    static final String MERGE = "1111111111111111111111111111111111111111";
    static final String SQUASH = "8888888888888888888888888888888888888888";
    static final String HEAD = "2222222222222222222222222222222222222222";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String PROJECT = "/projects/group%2Fsub%2Fisms";

    private final FakeRestServer gitlab = new FakeRestServer("/api/v4");

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private PlatformClient client(ApiToken token) {
        return PlatformClient.of(new PlatformAccess(Platform.GITLAB, URI.create(gitlab.apiUrl()), "group/sub/isms", token,
                Duration.ofSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC), d -> { });
    }

    private PlatformClient client() {
        return client(new ApiToken("PRIVATE-TOKEN", "glpat-t0ken"));
    }

    /** A merge request as GitLab shows it, merged with a merge commit or a squash commit. */
    static String mergeRequest(int iid, String state, String mergeCommit, String squashCommit, String mergeUser) {
        return """
                {"id": 9%1$d, "iid": %1$d, "project_id": 5, "title": "Access control: MFA for admins", "state": "%2$s",
                 "merged_at": "2026-03-01T11:15:00.000+01:00", "merged_by": {"id": 4, "username": "ddev", "name": "Dave Dev"},
                 %5$s
                 "author": {"id": 3, "username": "cwriter", "name": "Carol Writer", "state": "active"},
                 "sha": "%6$s", "merge_commit_sha": %3$s, "squash_commit_sha": %4$s, "squash": %7$s,
                 "web_url": "https://gitlab.example.com/group/sub/isms/-/merge_requests/%1$d"}
                """.formatted(iid, state, quoted(mergeCommit), quoted(squashCommit),
                mergeUser == null ? "" : "\"merge_user\": {\"id\": 6, \"username\": \"" + mergeUser + "\", \"name\": \"Mia\"},",
                HEAD, squashCommit != null);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private void script(String commit, String mergeRequest) {
        gitlab.onJson(PROJECT + "/repository/commits/" + commit + "/merge_requests?per_page=100", "[" + mergeRequest + "]")
                .onJson(PROJECT + "/merge_requests/7", mergeRequest)
                .onJson(PROJECT + "/merge_requests/7/approvals", """
                        {"id": 97, "iid": 7, "project_id": 5, "approved": true, "approvals_required": 1,
                         "approved_by": [{"user": {"id": 2, "username": "bbecker", "name": "Bob Becker", "state": "active"}},
                                         {"user": {"id": 8, "username": "gone", "name": "Ghost"}}]}
                        """)
                .onJson("/users/2", "{\"id\": 2, \"username\": \"bbecker\", \"name\": \"Bob Becker\", \"public_email\": \"bob@example.com\"}")
                .onJson("/users/3", "{\"id\": 3, \"username\": \"cwriter\", \"name\": \"Carol Writer\", \"public_email\": \"\"}")
                .onJson("/users/4", "{\"id\": 4, \"username\": \"ddev\", \"name\": \"Dave Dev\"}")
                .onJson("/users/6", "{\"id\": 6, \"username\": \"mia\", \"name\": \"Mia\"}");
    }

    @Test
    void theNoteOfAMergeCommitSaysThatGitLabDoesNotNameTheApprovedCommit() throws Exception {
        script(MERGE, mergeRequest(7, "merged", MERGE, null, null));

        ApprovalNote note = client().requestThatMade(MERGE, NOW).orElseThrow();

        assertThat(note).isEqualTo(new ApprovalNote(Platform.GITLAB.id(),
                new ApprovalNote.Request(7, "https://gitlab.example.com/group/sub/isms/-/merge_requests/7",
                        "Access control: MFA for admins", new ApprovalNote.Account("cwriter", "Carol Writer", null), HEAD,
                        new ApprovalNote.Account("ddev", "Dave Dev", null), "2026-03-01T10:15:00Z"),
                false,
                List.of(new ApprovalNote.Decision("bbecker", "Bob Becker", "bob@example.com", "APPROVED", null, null),
                        new ApprovalNote.Decision("gone", "Ghost", null, "APPROVED", null, null))));
        assertThat(gitlab.received()).allSatisfy(r -> assertThat(r.header("PRIVATE-TOKEN")).isEqualTo("glpat-t0ken"));
    }

    @Test
    void aSquashCommitIsMatchedByTheSquashCommitAndTheMergeUserIsTheMerger() throws Exception {
        script(SQUASH, mergeRequest(7, "merged", null, SQUASH, "mia"));

        ApprovalNote note = client().requestThatMade(SQUASH, NOW).orElseThrow();

        assertThat(note.request().mergedBy()).isEqualTo(new ApprovalNote.Account("mia", "Mia", null));
    }

    @Test
    void aFastForwardMergeIsMatchedByTheRequestsHead() throws Exception {
        script(HEAD, mergeRequest(7, "merged", null, null, null));

        assertThat(client().requestThatMade(HEAD, NOW)).map(n -> n.request().number()).contains(7L);
    }

    @Test
    void theMergeRequestsOfACommitAreReadAcrossPagesAndOnlyAMergedOneThatProducedItCounts() throws Exception {
        script(MERGE, mergeRequest(7, "merged", MERGE, null, null));
        gitlab.on(PROJECT + "/repository/commits/" + MERGE + "/merge_requests?per_page=100",
                        Answer.json("[" + mergeRequest(5, "opened", null, null, null) + "]").with("X-Next-Page", "2")
                                .with("X-Page", "1").with("X-Total-Pages", "2"))
                .on(PROJECT + "/repository/commits/" + MERGE + "/merge_requests?per_page=100&page=2",
                        Answer.json("[" + mergeRequest(7, "merged", MERGE, null, null) + "]").with("X-Next-Page", ""));

        assertThat(client().requestThatMade(MERGE, NOW)).map(n -> n.request().number()).contains(7L);
    }

    @Test
    void aDirectPushHasNoMergeRequest() throws Exception {
        gitlab.onJson(PROJECT + "/repository/commits/" + MERGE + "/merge_requests?per_page=100", "[]");

        assertThat(client().requestThatMade(MERGE, NOW)).isEmpty();
    }

    @Test
    void aCiJobTokenTravelsInItsOwnHeader() throws Exception {
        gitlab.onJson(PROJECT + "/repository/commits/" + MERGE + "/merge_requests?per_page=100", "[]");

        client(new ApiToken("JOB-TOKEN", "job-t0ken")).requestThatMade(MERGE, NOW);

        assertThat(gitlab.received().get(0).header("JOB-TOKEN")).isEqualTo("job-t0ken");
        assertThat(gitlab.received().get(0).header("PRIVATE-TOKEN")).isNull();
    }

    @Test
    void approvalsWithoutTheirListAreAnUnexpectedAnswer() {
        script(MERGE, mergeRequest(7, "merged", MERGE, null, null));
        gitlab.onJson(PROJECT + "/merge_requests/7/approvals", "{\"message\": \"ok\"}");

        assertThatThrownBy(() -> client().requestThatMade(MERGE, NOW)).isInstanceOf(PlatformException.class)
                .hasMessage("GET /api/v4" + PROJECT + "/merge_requests/7/approvals: unexpected answer: no approved_by list");
    }
}
