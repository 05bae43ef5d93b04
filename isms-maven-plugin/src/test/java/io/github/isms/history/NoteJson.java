package io.github.isms.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes approval notes in exactly the shape {@code isms:record-approvals} writes them: one JSON object,
 * keys in the contract's order, two-space indent, a final newline.
 */
final class NoteJson {

    private String platform = "github";
    private long number = 42;
    private String url;
    private String title = "Access control: MFA for admins";
    private String author = account("carol-c", null, null);
    private String headCommit;
    private String mergedBy = "null";
    private boolean approvedCommitKnown = true;
    private final List<String> approvals = new ArrayList<>();

    private NoteJson(String headCommit) {
        this.headCommit = headCommit;
    }

    /** A GitHub pull request #42 whose merged head is {@code headCommit}. */
    static NoteJson github(String headCommit) {
        return new NoteJson(headCommit);
    }

    /** A GitLab merge request: approvals name no commit. */
    static NoteJson gitlab(String headCommit) {
        NoteJson note = new NoteJson(headCommit);
        note.platform = "gitlab";
        note.approvedCommitKnown = false;
        return note;
    }

    NoteJson number(long n) {
        number = n;
        return this;
    }

    NoteJson author(String login, String name, String email) {
        author = account(login, name, email);
        return this;
    }

    NoteJson mergedBy(String login, String name, String email) {
        mergedBy = account(login, name, email);
        return this;
    }

    NoteJson approval(String login, String name, String email, String state, String commit) {
        approvals.add("    {\n      \"login\": " + q(login) + ",\n      \"name\": " + q(name) + ",\n      \"email\": "
                + q(email) + ",\n      \"state\": " + q(state) + ",\n      \"commit\": "
                + q(approvedCommitKnown ? commit : null) + ",\n      \"at\": \"2026-03-01T09:00:00Z\"\n    }");
        return this;
    }

    /** An APPROVED review on the merged head. */
    NoteJson approvedBy(String login, String name, String email) {
        return approval(login, name, email, "APPROVED", headCommit);
    }

    String json() {
        String link = url != null ? url : "gitlab".equals(platform)
                ? "https://gitlab.example.com/org/isms/-/merge_requests/" + number
                : "https://github.com/org/isms/pull/" + number;
        return "{\n  \"format\": \"isms-approvals/1\",\n  \"platform\": " + q(platform) + ",\n  \"request\": {\n"
                + "    \"number\": " + number + ",\n    \"url\": " + q(link) + ",\n    \"title\": " + q(title) + ",\n"
                + "    \"author\": " + author + ",\n    \"headCommit\": " + q(headCommit) + ",\n"
                + "    \"mergedBy\": " + mergedBy + ",\n    \"mergedAt\": \"2026-03-01T10:15:00Z\"\n  },\n"
                + "  \"approvedCommitKnown\": " + approvedCommitKnown + ",\n  \"approvals\": ["
                + (approvals.isEmpty() ? "]" : "\n" + String.join(",\n", approvals) + "\n  ]") + "\n}\n";
    }

    private static String account(String login, String name, String email) {
        return "{\"login\": " + q(login) + ", \"name\": " + q(name) + ", \"email\": " + q(email) + "}";
    }

    private static String q(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
