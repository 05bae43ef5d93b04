package io.github.isms.platform;

import io.github.isms.history.ApprovalNote;
import static io.github.isms.platform.Answers.commit;
import static io.github.isms.platform.Answers.requiredNumber;
import static io.github.isms.platform.Answers.requiredText;
import static io.github.isms.platform.Answers.text;
import static io.github.isms.platform.Answers.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub's REST API (v3; github.com and GitHub Enterprise Server): the pull request merged as a commit
 * ({@code GET /repos/{owner}/{repo}/commits/{sha}/pulls}), the pull request, its reviews and the
 * reviewers' public names and e-mail addresses.
 */
final class GitHubClient implements PlatformClient {

    /** The commit-to-pull-request index answers an empty list at times for merges this fresh. */
    static final Duration FRESH = Duration.ofMinutes(15);
    static final int RETRIES = 2;
    static final Duration RETRY_DELAY = Duration.ofSeconds(3);
    private static final Set<String> DECISIVE = Set.of("APPROVED", "CHANGES_REQUESTED", "DISMISSED");

    private final RestClient rest;
    private final String repo;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, ApprovalNote.Account> accounts = new HashMap<>();
    private final Map<String, Long> closedByMergeCommit = new HashMap<>();
    private RestClient.Pages closedPulls;

    GitHubClient(PlatformAccess access, Clock clock, Sleeper sleeper) {
        this.rest = new RestClient(access, Map.of("Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28"), clock, sleeper);
        this.repo = "/repos/" + access.repository();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Optional<ApprovalNote> requestThatMade(String commit, Instant committedAt) throws PlatformException {
        Optional<Long> number = pullRequestMergedAs(commit, committedAt);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String path = repo + "/pulls/" + number.get();
        String request = RestClient.describe(rest.uri(path));
        JsonNode pull = rest.object(path);
        if (text(pull, "merged_at") == null) {
            return Optional.empty();
        }
        JsonNode mergedBy = pull.path("merged_by");
        ApprovalNote.Request merged = new ApprovalNote.Request(requiredNumber(pull, "number", request),
                requiredText(pull, "html_url", request), text(pull, "title"), account(pull.path("user")),
                commit(pull.path("head"), "sha", request), mergedBy.isObject() ? account(mergedBy) : null,
                time(pull, "merged_at", request));
        List<ApprovalNote.Decision> approvals = approvals(path + "/reviews?per_page=100");
        boolean commitsKnown = approvals.stream().allMatch(a -> a.commit() != null);
        return Optional.of(new ApprovalNote(Platform.GITHUB.id(), merged, commitsKnown, approvals));
    }

    /*
     * The list of pull requests associated with a commit holds the one merged as it (merge commit, squash
     * commit or rebased tip: merge_commit_sha), but may also hold others whose branches contain it.
     */
    private Optional<Long> pullRequestMergedAs(String commit, Instant committedAt) throws PlatformException {
        String path = repo + "/commits/" + commit + "/pulls?per_page=100";
        for (int attempt = 0; ; attempt++) {
            List<JsonNode> pulls = rest.list(path);
            if (!pulls.isEmpty()) {
                for (JsonNode pull : pulls) {
                    if (commit.equals(text(pull, "merge_commit_sha")) && text(pull, "merged_at") != null) {
                        return Optional.of(requiredNumber(pull, "number", RestClient.describe(rest.uri(path))));
                    }
                }
                return Optional.empty();
            }
            if (attempt >= RETRIES || committedAt.isBefore(clock.instant().minus(FRESH))) {
                return closedPullMergedAs(commit);
            }
            try {
                sleeper.sleep(RETRY_DELAY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(RestClient.describe(rest.uri(path)) + ": interrupted");
            }
        }
    }

    /** The closed pull requests, newest first, read a page at a time until one was merged as {@code commit}. */
    private Optional<Long> closedPullMergedAs(String commit) throws PlatformException {
        if (closedPulls == null) {
            closedPulls = rest.pages(repo + "/pulls?state=closed&per_page=100");
        }
        while (!closedByMergeCommit.containsKey(commit)) {
            List<JsonNode> page = closedPulls.next();
            if (page == null) {
                return Optional.empty();
            }
            for (JsonNode pull : page) {
                String merged = text(pull, "merge_commit_sha");
                if (merged != null && text(pull, "merged_at") != null && pull.path("number").isIntegralNumber()) {
                    closedByMergeCommit.putIfAbsent(merged, pull.path("number").asLong());
                }
            }
        }
        return Optional.of(closedByMergeCommit.get(commit));
    }

    /** Per reviewer the latest review that decides (approves, requests changes, or was dismissed), oldest first. */
    private List<ApprovalNote.Decision> approvals(String path) throws PlatformException {
        String request = RestClient.describe(rest.uri(path));
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (JsonNode review : rest.list(path)) {
            String login = text(review.path("user"), "login");
            String state = text(review, "state");
            if (login != null && state != null && DECISIVE.contains(state)) {
                latest.remove(login);
                latest.put(login, review);
            }
        }
        List<ApprovalNote.Decision> approvals = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : latest.entrySet()) {
            JsonNode review = entry.getValue();
            ApprovalNote.Account who = account(review.path("user"));
            approvals.add(new ApprovalNote.Decision(who.login(), who.name(), who.email(), text(review, "state"),
                    commit(review, "commit_id", request), time(review, "submitted_at", request)));
        }
        return approvals;
    }

    /** A user's login with the public name and e-mail address of their profile; null for an answer without a login. */
    private ApprovalNote.Account account(JsonNode user) throws PlatformException {
        String login = text(user, "login");
        if (login == null) {
            return null;
        }
        ApprovalNote.Account known = accounts.get(login);
        if (known == null) {
            // A deleted account answers 404; its reviews stand, without a name.
            Optional<JsonNode> profile = login.matches("[\\w.\\[\\]-]+")
                    ? rest.objectIfFound("/users/" + login.replace("[", "%5B").replace("]", "%5D")) : Optional.empty();
            known = new ApprovalNote.Account(login, profile.map(p -> text(p, "name")).orElse(null),
                    profile.map(p -> text(p, "email")).orElse(null));
            accounts.put(login, known);
        }
        return known;
    }
}
