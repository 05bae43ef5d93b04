package io.github.isms.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pull or merge request's approvals as {@code isms:record-approvals} recorded them in a git note on the
 * main-line commit the request produced (format {@code isms-approvals/1}). Unknown keys are ignored, so a
 * later recorder may add some.
 *
 * @param platform            {@code github} or {@code gitlab}
 * @param approvedCommitKnown whether each review names the commit it was given on (GitHub does, GitLab does not)
 */
record ApprovalNote(String platform, Request request, boolean approvedCommitKnown, List<Review> approvals) {

    static final String FORMAT = "isms-approvals/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLATFORMS = Set.of("github", "gitlab");
    private static final Set<String> STATES = Set.of("APPROVED", "DISMISSED", "CHANGES_REQUESTED");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    ApprovalNote {
        approvals = List.copyOf(approvals);
    }

    /** A platform account as the note names it; name and e-mail may be null where the platform does not say. */
    record Account(String login, String name, String email) {
    }

    /** The request: its number, link and title, its author, the head that was merged and who merged it. */
    record Request(long number, String url, String title, Account author, String headCommit, Account mergedBy) {
    }

    /** One reviewer's latest decisive review; {@code commit} is null where the platform does not say. */
    record Review(Account reviewer, String state, String commit, String at) {

        boolean approves() {
            return "APPROVED".equals(state);
        }
    }

    /** A note that is not of this format: malformed JSON, another format, or JSON of another shape. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static ApprovalNote parse(byte[] content) throws Invalid {
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
        List<Review> reviews = new ArrayList<>();
        for (JsonNode approval : approvals) {
            if (!approval.isObject()) {
                throw new Invalid("an item of approvals is not an object");
            }
            String state = text(approval, "state", true);
            if (!STATES.contains(state)) {
                throw new Invalid("approval state '" + state + "' is not APPROVED, DISMISSED or CHANGES_REQUESTED");
            }
            reviews.add(new Review(account(approval), state, commit(approval, "commit"), text(approval, "at", false)));
        }
        JsonNode author = request.get("author");
        JsonNode mergedBy = request.get("mergedBy");
        return new ApprovalNote(platform, new Request(number.asLong(), text(request, "url", true),
                text(request, "title", false), author == null || author.isNull() ? null : account(objectValue(author,
                        "request.author")), commit(request, "headCommit"),
                mergedBy == null || mergedBy.isNull() ? null : account(objectValue(mergedBy, "request.mergedBy"))),
                known.asBoolean(), reviews);
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
