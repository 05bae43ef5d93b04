package io.github.isms.platform;

import io.github.isms.history.ApprovalNote;
import static io.github.isms.platform.Answers.commit;
import static io.github.isms.platform.Answers.requiredNumber;
import static io.github.isms.platform.Answers.requiredText;
import static io.github.isms.platform.Answers.text;
import static io.github.isms.platform.Answers.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitLab's REST API (v4; gitlab.com and self-managed): the merge request merged as a commit
 * ({@code GET /projects/:id/repository/commits/:sha/merge_requests}), the merge request and its approvals.
 * GitLab does not say on which commit an approval was given; the note says so
 * ({@code approvedCommitKnown: false}), and the project setting that removes approvals on a new push
 * is what makes an approval one of the merged content.
 */
final class GitLabClient implements PlatformClient {

    private final RestClient rest;
    private final String project;
    private final Map<String, ApprovalNote.Account> accounts = new HashMap<>();

    GitLabClient(PlatformAccess access, Clock clock, Sleeper sleeper) {
        this.rest = new RestClient(access, Map.of("Accept", "application/json"), clock, sleeper);
        this.project = "/projects/" + URLEncoder.encode(access.repository(), StandardCharsets.UTF_8);
    }

    @Override
    public Optional<ApprovalNote> requestThatMade(String commit, Instant committedAt) throws PlatformException {
        String lookup = project + "/repository/commits/" + commit + "/merge_requests?per_page=100";
        Long iid = null;
        for (JsonNode candidate : rest.list(lookup)) {
            if ("merged".equals(text(candidate, "state")) && mergedAs(candidate, commit)) {
                iid = requiredNumber(candidate, "iid", RestClient.describe(rest.uri(lookup)));
                break;
            }
        }
        if (iid == null) {
            return Optional.empty();
        }
        String path = project + "/merge_requests/" + iid;
        String request = RestClient.describe(rest.uri(path));
        JsonNode mr = rest.object(path);
        JsonNode merger = mr.path("merge_user").isObject() ? mr.path("merge_user") : mr.path("merged_by");
        ApprovalNote.Request merged = new ApprovalNote.Request(requiredNumber(mr, "iid", request),
                requiredText(mr, "web_url", request), text(mr, "title"), account(mr.path("author")),
                commit(mr, "sha", request), merger.isObject() ? account(merger) : null, time(mr, "merged_at", request));
        return Optional.of(new ApprovalNote(Platform.GITLAB.id(), merged, false, approvals(path + "/approvals")));
    }

    /* A merge commit, a squash commit, or (fast-forward merge) the request's own head. */
    private static boolean mergedAs(JsonNode mr, String commit) {
        String mergeCommit = text(mr, "merge_commit_sha");
        String squashCommit = text(mr, "squash_commit_sha");
        return commit.equals(mergeCommit) || commit.equals(squashCommit)
                || mergeCommit == null && squashCommit == null && commit.equals(text(mr, "sha"));
    }

    private List<ApprovalNote.Decision> approvals(String path) throws PlatformException {
        String request = RestClient.describe(rest.uri(path));
        JsonNode approvedBy = rest.object(path).path("approved_by");
        if (!approvedBy.isArray()) {
            throw new PlatformException(request + ": unexpected answer: no approved_by list");
        }
        List<ApprovalNote.Decision> approvals = new ArrayList<>();
        for (JsonNode approval : approvedBy) {
            ApprovalNote.Account who = account(approval.path("user"));
            if (who != null) {
                approvals.add(new ApprovalNote.Decision(who.login(), who.name(), who.email(), "APPROVED", null,
                        time(approval, "approved_at", request)));
            }
        }
        return approvals;
    }

    /** A user's username and name, with the public e-mail address of their profile; null without a username. */
    private ApprovalNote.Account account(JsonNode user) throws PlatformException {
        String login = text(user, "username");
        if (login == null) {
            return null;
        }
        ApprovalNote.Account known = accounts.get(login);
        if (known == null) {
            JsonNode id = user.path("id");
            // A deleted account answers 404; its approvals stand, without an e-mail address.
            Optional<JsonNode> profile = id.isIntegralNumber() ? rest.objectIfFound("/users/" + id.asLong())
                    : Optional.empty();
            String name = text(user, "name") != null ? text(user, "name") : profile.map(p -> text(p, "name")).orElse(null);
            known = new ApprovalNote.Account(login, name, profile.map(p -> text(p, "public_email")).orElse(null));
            accounts.put(login, known);
        }
        return known;
    }
}
