package io.github.isms.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the user set for isms:record-approvals, each value optional: what is left out comes from the
 * CI's own variables (GitHub Actions: {@code GITHUB_API_URL}, {@code GITHUB_REPOSITORY},
 * {@code GITHUB_TOKEN}; GitLab CI: {@code CI_API_V4_URL}, {@code CI_PROJECT_ID}, {@code GITLAB_TOKEN},
 * else {@code CI_JOB_TOKEN}).
 *
 * @param platform      {@code github} or {@code gitlab}; else the CI running the build says
 * @param apiUrl        the REST API's root, e.g. {@code https://api.github.com},
 *                      {@code https://github.example.com/api/v3}, {@code https://gitlab.example.com/api/v4}
 * @param repository    GitHub: {@code owner/name}; GitLab: the project's id or path ({@code group/project})
 * @param token         the token itself (from a settings.xml server), or null to read it from the environment
 * @param tokenEnv      the environment variable holding the token, or null for the platform's usual one
 * @param rateLimitWait how long a run may wait, in all, for rate limits to pass before it gives up
 */
public record PlatformSettings(String platform, String apiUrl, String repository, String token, String tokenEnv,
                               Duration rateLimitWait) {

    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

    /** Everything from the CI's variables. */
    public static PlatformSettings fromEnvironment() {
        return new PlatformSettings(null, null, null, null, null, DEFAULT_RATE_LIMIT_WAIT);
    }

    @Override
    public String toString() {
        return "PlatformSettings[platform=" + platform + ", apiUrl=" + apiUrl + ", repository=" + repository
                + ", token=" + (token == null ? "none" : "****") + ", tokenEnv=" + tokenEnv + ", rateLimitWait="
                + rateLimitWait + "]";
    }

    /** The settings completed from {@code env}; what is missing or wrong is named, all in one message. */
    public PlatformAccess resolve(UnaryOperator<String> env) throws PlatformException {
        List<String> problems = new ArrayList<>();
        Platform chosen = platform(env, problems);
        URI api = null;
        String project = null;
        ApiToken secret = null;
        if (chosen != null) {
            api = apiUrl(chosen, env, problems);
            project = repository(chosen, env, problems);
            secret = token(chosen, env, problems);
        }
        Duration wait = rateLimitWait == null ? DEFAULT_RATE_LIMIT_WAIT : rateLimitWait;
        if (wait.isNegative()) {
            problems.add("isms.rateLimitWait must not be negative");
        }
        if (!problems.isEmpty()) {
            throw new PlatformException(String.join("; ", problems));
        }
        return new PlatformAccess(chosen, api, project, secret, wait);
    }

    private Platform platform(UnaryOperator<String> env, List<String> problems) {
        if (given(platform)) {
            Optional<Platform> named = Platform.byId(platform);
            if (named.isEmpty()) {
                problems.add("isms.platform '" + platform.strip() + "' is neither github nor gitlab");
            }
            return named.orElse(null);
        }
        if ("true".equals(env.apply("GITHUB_ACTIONS"))) {
            return Platform.GITHUB;
        }
        if ("true".equals(env.apply("GITLAB_CI"))) {
            return Platform.GITLAB;
        }
        problems.add("no platform: set isms.platform to github or gitlab (this is neither a GitHub Actions nor a "
                + "GitLab CI job)");
        return null;
    }

    private URI apiUrl(Platform chosen, UnaryOperator<String> env, List<String> problems) {
        String variable = chosen == Platform.GITHUB ? "GITHUB_API_URL" : "CI_API_V4_URL";
        String text = given(apiUrl) ? apiUrl.strip() : env.apply(variable);
        if (!given(text)) {
            problems.add("no API address: set isms.apiUrl (e.g. " + (chosen == Platform.GITHUB
                    ? "https://api.github.com" : "https://gitlab.example.com/api/v4") + ") or " + variable);
            return null;
        }
        try {
            URI uri = new URI(text.strip().replaceAll("/+$", ""));
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an http or https address");
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(text, "user, query and fragment do not belong in it");
            }
            return uri;
        } catch (URISyntaxException e) {
            // The address itself is shown: it is configuration, not a secret (user info is refused above).
            problems.add("isms.apiUrl is not a REST API address: " + e.getReason());
            return null;
        }
    }

    private String repository(Platform chosen, UnaryOperator<String> env, List<String> problems) {
        String variable = chosen == Platform.GITHUB ? "GITHUB_REPOSITORY" : "CI_PROJECT_ID";
        String text = given(repository) ? repository.strip() : env.apply(variable);
        if (!given(text)) {
            problems.add("no repository: set isms.repository (" + (chosen == Platform.GITHUB ? "owner/name"
                    : "the project's id or group/project path") + ") or " + variable);
            return null;
        }
        String pattern = chosen == Platform.GITHUB ? "[\\w.-]+/[\\w.-]+" : "\\d+|[\\w.-]+(/[\\w.-]+)+";
        if (!text.strip().matches(pattern) || text.contains("..")) {
            problems.add("repository '" + text.strip() + "' is not " + (chosen == Platform.GITHUB ? "owner/name"
                    : "a project id or group/project path"));
            return null;
        }
        return text.strip();
    }

    private ApiToken token(Platform chosen, UnaryOperator<String> env, List<String> problems) {
        String variable = given(tokenEnv) ? tokenEnv.strip() : chosen == Platform.GITHUB ? "GITHUB_TOKEN" : "GITLAB_TOKEN";
        String value = given(token) ? token : env.apply(variable);
        if (given(value)) {
            return chosen == Platform.GITHUB ? new ApiToken("Authorization", "Bearer " + value.strip())
                    : new ApiToken("PRIVATE-TOKEN", value.strip());
        }
        if (chosen == Platform.GITLAB && !given(tokenEnv) && given(env.apply("CI_JOB_TOKEN"))) {
            return new ApiToken("JOB-TOKEN", env.apply("CI_JOB_TOKEN").strip());
        }
        problems.add("no token: set " + variable + (chosen == Platform.GITLAB && !given(tokenEnv) ? " (or run in a job "
                + "that has CI_JOB_TOKEN)" : "") + ", or name a settings.xml server with isms.tokenServerId");
        return null;
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
