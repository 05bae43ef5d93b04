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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GitHub's REST API as its documentation describes it, answered by a loopback server. */
class GitHubClientTest {

    static final String MERGE = "1111111111111111111111111111111111111111";
    static final String HEAD = "2222222222222222222222222222222222222222";
    static final String EARLIER_HEAD = "3333333333333333333333333333333333333333";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant LAST_YEAR = Instant.parse("2025-03-01T12:00:00Z");

    private final FakeRestServer github = new FakeRestServer("/api/v3");
    private final List<Duration> slept = new ArrayList<>();

    @AfterEach
    void stop() {
        github.close();
    }

    private PlatformClient client() {
        return PlatformClient.of(new PlatformAccess(Platform.GITHUB, URI.create(github.apiUrl()), "org/isms",
                new ApiToken("Authorization", "Bearer t0ken"), Duration.ofSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC),
                slept::add);
    }

    /** A pull request as {@code GET /repos/{owner}/{repo}/pulls/{n}} and the list endpoints show it. */
    static String pull(int number, String mergeCommit, String mergedAt) {
        return """
                {"url": "https://api.github.com/repos/org/isms/pulls/%1$d", "id": 10%1$d, "number": %1$d,
                 "state": "closed", "title": "Access control: MFA for admins",
                 "user": {"login": "carol-c", "id": 3, "type": "User"},
                 "html_url": "https://github.com/org/isms/pull/%1$d",
                 "head": {"ref": "mfa", "sha": "%2$s", "user": {"login": "carol-c"}},
                 "base": {"ref": "main", "sha": "%3$s"},
                 "merged_at": %4$s, "merge_commit_sha": "%5$s",
                 "merged": true, "merged_by": {"login": "dave-d", "id": 4, "type": "User"}}
                """.formatted(number, HEAD, EARLIER_HEAD, mergedAt == null ? "null" : "\"" + mergedAt + "\"", mergeCommit);
    }

    static String review(int id, String login, String state, String commit, String at) {
        return """
                {"id": %d, "user": {"login": "%s", "id": 7, "type": "User"}, "body": "", "state": "%s",
                 "html_url": "https://github.com/org/isms/pull/42#pullrequestreview-%1$d",
                 "commit_id": "%s", "submitted_at": "%s", "author_association": "MEMBER"}
                """.formatted(id, login, state, commit, at);
    }

    static String user(String login, String name, String email) {
        return """
                {"login": "%s", "id": 7, "type": "User", "name": %s, "email": %s, "company": null}
                """.formatted(login, name == null ? "null" : "\"" + name + "\"", email == null ? "null" : "\"" + email + "\"");
    }

    private void scriptPullRequest42() {
        String next = github.apiUrl() + "/repos/org/isms/pulls/42/reviews?per_page=100&page=2";
        github.onJson("/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100", "[" + pull(42, MERGE, "2026-03-01T10:15:00Z") + "]")
                .onJson("/repos/org/isms/pulls/42", pull(42, MERGE, "2026-03-01T10:15:00Z"))
                .on("/repos/org/isms/pulls/42/reviews?per_page=100", Answer.json("[" + String.join(",",
                        review(1, "bob-b", "APPROVED", EARLIER_HEAD, "2026-03-01T08:00:00Z"),
                        review(2, "erin-e", "APPROVED", EARLIER_HEAD, "2026-03-01T08:10:00Z"),
                        review(3, "frank-f", "COMMENTED", HEAD, "2026-03-01T08:20:00Z")) + "]")
                        .with("Link", "<" + next + ">; rel=\"next\", <" + next + ">; rel=\"last\""))
                .onJson("/repos/org/isms/pulls/42/reviews?per_page=100&page=2", "[" + String.join(",",
                        review(4, "erin-e", "CHANGES_REQUESTED", HEAD, "2026-03-01T09:30:00Z"),
                        review(5, "bob-b", "APPROVED", HEAD, "2026-03-01T09:45:00.123+01:00"),
                        review(6, "frank-f", "COMMENTED", HEAD, "2026-03-01T09:50:00Z")) + "]")
                .onJson("/users/bob-b", user("bob-b", "Bob Becker", "bob@example.com"))
                .onJson("/users/erin-e", user("erin-e", "Erin", null))
                .onJson("/users/carol-c", user("carol-c", null, null))
                .onJson("/users/dave-d", user("dave-d", "Dave", null));
    }

    @Test
    void theNoteHoldsTheMergedPullRequestAndPerReviewerTheirLatestDecisiveReview() throws Exception {
        scriptPullRequest42();

        Optional<ApprovalNote> note = client().requestThatMade(MERGE, NOW);

        assertThat(note).contains(new ApprovalNote(Platform.GITHUB.id(),
                new ApprovalNote.Request(42, "https://github.com/org/isms/pull/42", "Access control: MFA for admins",
                        new ApprovalNote.Account("carol-c", null, null), HEAD, new ApprovalNote.Account("dave-d", "Dave", null),
                        "2026-03-01T10:15:00Z"),
                true,
                List.of(new ApprovalNote.Decision("erin-e", "Erin", null, "CHANGES_REQUESTED", HEAD, "2026-03-01T09:30:00Z"),
                        new ApprovalNote.Decision("bob-b", "Bob Becker", "bob@example.com", "APPROVED", HEAD,
                                "2026-03-01T08:45:00Z"))));
        assertThat(github.received()).allSatisfy(request -> {
            assertThat(request.header("Authorization")).isEqualTo("Bearer t0ken");
            assertThat(request.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        });
        assertThat(github.paths()).filteredOn(p -> p.startsWith("/users/")).doesNotHaveDuplicates()
                .doesNotContain("/users/frank-f");
    }

    @Test
    void aDismissedReviewIsKeptAsDismissed() throws Exception {
        scriptPullRequest42();
        github.onJson("/repos/org/isms/pulls/42/reviews?per_page=100&page=2",
                "[" + review(5, "bob-b", "DISMISSED", HEAD, "2026-03-01T09:45:00Z") + "]");

        ApprovalNote note = client().requestThatMade(MERGE, NOW).orElseThrow();

        assertThat(note.approvals()).extracting(ApprovalNote.Decision::login, ApprovalNote.Decision::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("erin-e", "APPROVED"),
                        org.assertj.core.groups.Tuple.tuple("bob-b", "DISMISSED"));
    }

    @Test
    void aFreshMergeTheIndexDoesNotKnowYetIsAskedAgainAfterAPause() throws Exception {
        scriptPullRequest42();
        github.on("/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100", Answer.json("[]"),
                Answer.json("[" + pull(42, MERGE, "2026-03-01T10:15:00Z") + "]"));

        assertThat(client().requestThatMade(MERGE, NOW.minusSeconds(60))).isPresent();

        assertThat(slept).containsExactly(GitHubClient.RETRY_DELAY);
        assertThat(github.paths()).doesNotContain("/repos/org/isms/pulls?state=closed&per_page=100");
    }

    @Test
    void anOlderMergeTheIndexDoesNotListIsFoundAmongTheClosedPullRequestsByItsMergeCommit() throws Exception {
        scriptPullRequest42();
        String page2 = github.apiUrl() + "/repos/org/isms/pulls?state=closed&per_page=100&page=2";
        github.onJson("/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100", "[]")
                .on("/repos/org/isms/pulls?state=closed&per_page=100", Answer.json("[" + pull(44, "4".repeat(40),
                        "2026-03-02T10:00:00Z") + "," + pull(43, "5".repeat(40), null) + "]")
                        .with("Link", "<" + page2 + ">; rel=\"next\""))
                .onJson("/repos/org/isms/pulls?state=closed&per_page=100&page=2", "[" + pull(42, MERGE,
                        "2026-03-01T10:15:00Z") + "]");

        assertThat(client().requestThatMade(MERGE, LAST_YEAR)).map(n -> n.request().number()).contains(42L);
        assertThat(slept).isEmpty();
    }

    @Test
    void aDirectPushHasNoPullRequestAndTheClosedListIsReadOnceForAllSuchCommits() throws Exception {
        String other = "6".repeat(40);
        github.onJson("/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100", "[]")
                .onJson("/repos/org/isms/commits/" + other + "/pulls?per_page=100", "[]")
                .onJson("/repos/org/isms/pulls?state=closed&per_page=100", "[" + pull(44, "4".repeat(40),
                        "2026-03-02T10:00:00Z") + "]");
        PlatformClient client = client();

        assertThat(client.requestThatMade(MERGE, LAST_YEAR)).isEmpty();
        assertThat(client.requestThatMade(other, LAST_YEAR)).isEmpty();
        assertThat(github.paths()).filteredOn(p -> p.contains("state=closed")).hasSize(1);
    }

    @Test
    void aCommitOnlyListedForAnotherPullRequestsBranchWasNotMergedByAPullRequest() throws Exception {
        github.onJson("/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100", "[" + pull(45, "7".repeat(40),
                "2026-03-02T10:00:00Z") + "]");

        assertThat(client().requestThatMade(MERGE, NOW)).isEmpty();
    }

    @Test
    void aDeletedAccountKeepsItsReviewWithoutAName() throws Exception {
        scriptPullRequest42();
        github.on("/users/bob-b", Answer.status(404, "{\"message\": \"Not Found\"}"));

        ApprovalNote note = client().requestThatMade(MERGE, NOW).orElseThrow();

        assertThat(note.approvals().get(1)).isEqualTo(new ApprovalNote.Decision("bob-b", null, null, "APPROVED", HEAD,
                "2026-03-01T08:45:00Z"));
    }

    @Test
    void aReviewWithoutItsCommitMakesTheApprovedCommitUnknown() throws Exception {
        scriptPullRequest42();
        github.onJson("/repos/org/isms/pulls/42/reviews?per_page=100&page=2", "[" + review(5, "bob-b", "APPROVED", HEAD,
                "2026-03-01T09:45:00Z").replace("\"" + HEAD + "\"", "null") + "]");

        ApprovalNote note = client().requestThatMade(MERGE, NOW).orElseThrow();

        assertThat(note.approvedCommitKnown()).isFalse();
        assertThat(note.approvals().get(1).commit()).isNull();
    }

    @Test
    void aPullRequestWithoutItsHeadCommitIsAnUnexpectedAnswer() {
        scriptPullRequest42();
        github.onJson("/repos/org/isms/pulls/42", pull(42, MERGE, "2026-03-01T10:15:00Z").replace(HEAD, "not-a-commit"));

        assertThatThrownBy(() -> client().requestThatMade(MERGE, NOW)).isInstanceOf(PlatformException.class)
                .hasMessage("GET /api/v3/repos/org/isms/pulls/42: unexpected answer: sha 'not-a-commit' is not a commit id");
    }

    @Test
    void anExpiredTokenFailsNamingTheFirstRequest() {
        github.on("/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100", Answer.status(401,
                "{\"message\": \"Bad credentials\", \"documentation_url\": \"https://docs.github.com/rest\"}"));

        assertThatThrownBy(() -> client().requestThatMade(MERGE, NOW)).isInstanceOf(PlatformException.class)
                .hasMessage("GET /api/v3/repos/org/isms/commits/" + MERGE + "/pulls?per_page=100: 401 Unauthorized: the "
                        + "token is missing, wrong or expired");
    }
}
