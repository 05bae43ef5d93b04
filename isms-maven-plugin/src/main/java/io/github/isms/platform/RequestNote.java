package io.github.isms.platform;

import io.github.isms.json.JsonWriter;
import java.util.List;

/**
 * The note written on a main-line commit: the pull or merge request that produced it and its approvals,
 * as the platform recorded them. Components are in the order of the note's keys; {@link #json()} is the
 * note's text (format {@value #FORMAT}).
 *
 * @param approvedCommitKnown whether each approval names the commit it was given on (GitHub does, GitLab not)
 * @param approvals           per reviewer, the latest decisive review, oldest first
 */
public record RequestNote(String format, String platform, Request request, boolean approvedCommitKnown,
                          List<Approval> approvals) {

    public static final String FORMAT = "isms-approvals/1";

    public RequestNote(Platform platform, Request request, boolean approvedCommitKnown, List<Approval> approvals) {
        this(FORMAT, platform.id(), request, approvedCommitKnown, List.copyOf(approvals));
    }

    /** Two-space indented JSON with a final newline. */
    public String json() {
        return JsonWriter.pretty(this);
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

    /** A person on the platform; name and e-mail are null where the platform does not say. */
    public record Account(String login, String name, String email) {
    }

    /**
     * One reviewer's latest decisive review.
     *
     * @param state  {@code APPROVED}, {@code CHANGES_REQUESTED} or {@code DISMISSED}
     * @param commit the commit the review was given on, or null where the platform does not say
     * @param at     when, or null
     */
    public record Approval(String login, String name, String email, String state, String commit, String at) {
    }
}
