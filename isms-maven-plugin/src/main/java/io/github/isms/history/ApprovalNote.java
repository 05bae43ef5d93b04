package io.github.isms.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.isms.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pull or merge request's approvals as the platform recorded them, kept in a git note on the main-line
 * commit the request produced (format {@value #FORMAT}): {@code isms:record-approvals} writes it
 * ({@link #json()}), history reads it ({@link #parse}). One type for both, so the two can not drift.
 * Components are in the order of the note's keys. Unknown keys are ignored on reading, so a later
 * recorder may add some.
 *
 * @param platform            {@code github} or {@code gitlab}
 * @param approvedCommitKnown whether each decision names the commit it was given on (GitHub does, GitLab does not)
 * @param approvals           per reviewer, the latest decisive review, oldest first
 */
public record ApprovalNote(String format, String platform, Request request, boolean approvedCommitKnown,
        List<Decision> approvals) {

    public static final String FORMAT = "isms-approvals/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLATFORMS = Set.of("github", "gitlab");
    private static final Set<String> STATES = Set.of("APPROVED", "DISMISSED", "CHANGES_REQUESTED");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    public ApprovalNote {
        approvals = List.copyOf(approvals);
    }

    public ApprovalNote(String platform, Request request, boolean approvedCommitKnown, List<Decision> approvals) {
        this(FORMAT, platform, request, approvedCommitKnown, approvals);
    }

    /** The note's text: two-space indented JSON with a final newline. */
    public String json() {
        return JsonWriter.pretty(this);
    }

    /** A platform account as the note names it; name and e-mail are null where the platform does not say. */
    public record Account(String login, String name, String email) {
    }

    /**
     * The request itself.
     *
     * @param headCommit the head commit that was merged (and, on GitHub, approved)
     * @param mergedBy   who merged it, or null where the platform does not say
     * @param mergedAt   when, {@code 2026-03-01T10:15:00Z}, or null
     */
    public record Request(long number, String url, String title, Account author, String headCommit, Account mergedBy,
            String mergedAt) {
    }

    /**
     * One reviewer's latest decisive review.
     *
     * @param state  {@code APPROVED}, {@code CHANGES_REQUESTED} or {@code DISMISSED}
     * @param commit the commit the review was given on, or null where the platform does not say
     * @param at     when, or null
     */
    public record Decision(String login, String name, String email, String state, String commit, String at) {

        boolean approves() {
            return "APPROVED".equals(state);
        }

        Account account() {
            return new Account(login, name, email);
        }
    }

    /** A note that is not of this format: malformed JSON, another format, or JSON of another shape. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    public static ApprovalNote parse(byte[] content) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new Invalid("not JSON (" + e.getOriginalMessage() + ")");
        } catch (java.io.IOException e) {
            throw new Invalid("not readable (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("not a JSON object");
        }
        String format = text(root, "format", true);
        if (!FORMAT.equals(format)) {
            throw new Invalid("format is '" + format + "', not " + FORMAT);
        }
        String platform = text(root, "platform", true);
        if (!PLATFORMS.contains(platform)) {
            throw new Invalid("platform '" + platform + "' is neither github nor gitlab");
        }
        JsonNode request = object(root, "request");
        JsonNode number = request.get("number");
        if (number == null || !number.canConvertToLong() || !number.isIntegralNumber() || number.asLong() < 1) {
            throw new Invalid("request.number is not a positive whole number");
        }
        JsonNode known = root.get("approvedCommitKnown");
        if (known == null || !known.isBoolean()) {
            throw new Invalid("approvedCommitKnown is not true or false");
        }
        JsonNode approvals = root.get("approvals");
        if (approvals == null || !approvals.isArray()) {
            throw new Invalid("approvals is not a list");
        }
        List<Decision> reviews = new ArrayList<>();
        for (JsonNode approval : approvals) {
            if (!approval.isObject()) {
                throw new Invalid("an item of approvals is not an object");
            }
            String state = text(approval, "state", true);
            if (!STATES.contains(state)) {
                throw new Invalid("approval state '" + state + "' is not APPROVED, DISMISSED or CHANGES_REQUESTED");
            }
            Account reviewer = account(approval);
            reviews.add(new Decision(reviewer.login(), reviewer.name(), reviewer.email(), state, commit(approval, "commit"),
                    text(approval, "at", false)));
        }
        JsonNode author = request.get("author");
        JsonNode mergedBy = request.get("mergedBy");
        return new ApprovalNote(FORMAT, platform, new Request(number.asLong(), text(request, "url", true),
                text(request, "title", false), author == null || author.isNull() ? null : account(objectValue(author,
                        "request.author")), commit(request, "headCommit"),
                mergedBy == null || mergedBy.isNull() ? null : account(objectValue(mergedBy, "request.mergedBy")),
                text(request, "mergedAt", false)), known.asBoolean(), reviews);
    }

    private static Account account(JsonNode node) throws Invalid {
        return new Account(text(node, "login", true), text(node, "name", false), text(node, "email", false));
    }

    private static JsonNode object(JsonNode parent, String key) throws Invalid {
        return objectValue(parent.get(key), key);
    }

    private static JsonNode objectValue(JsonNode node, String what) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid(what + " is not an object");
        }
        return node;
    }

    private static String commit(JsonNode parent, String key) throws Invalid {
        String value = text(parent, key, false);
        if (value != null && !COMMIT.matcher(value).matches()) {
            throw new Invalid(key + " '" + value + "' is not a full commit id");
        }
        return value;
    }

    private static String text(JsonNode parent, String key, boolean required) throws Invalid {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw new Invalid(key + " is missing");
            }
            return null;
        }
        if (!value.isTextual() || (required && value.asText().isBlank())) {
            throw new Invalid(key + " is not a text");
        }
        return value.asText();
    }
}
