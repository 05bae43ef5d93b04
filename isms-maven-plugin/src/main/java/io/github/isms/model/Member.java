package io.github.isms.model;

import java.util.Locale;

/**
 * A person as isms.yaml's {@code people:} section knows them: written once, keyed by e-mail, with the
 * platform logins that reviews and CODEOWNERS use.
 *
 * @param email  the key, as roles name people
 * @param name   the display name, or null
 * @param github the GitHub login, or null
 * @param gitlab the GitLab username, or null
 */
public record Member(String email, String name, String github, String gitlab) {

    /** The login on {@code platform} ({@code github} or {@code gitlab}), or null. */
    public String login(String platform) {
        return switch (platform == null ? "" : platform.toLowerCase(Locale.ROOT)) {
            case "github" -> github;
            case "gitlab" -> gitlab;
            default -> null;
        };
    }
}
