package io.github.isms.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where each value comes from: a parameter, else the CI's own variables. */
class PlatformSettingsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static UnaryOperator<String> env(Map<String, String> variables) {
        return variables::get;
    }

    private static final UnaryOperator<String> GITHUB_ACTIONS = env(Map.of("GITHUB_ACTIONS", "true",
            "GITHUB_API_URL", "https://api.github.com", "GITHUB_REPOSITORY", "org/isms", "GITHUB_TOKEN", "ghs_actions"));

    private static final UnaryOperator<String> GITLAB_CI = env(Map.of("GITLAB_CI", "true",
            "CI_API_V4_URL", "https://gitlab.example.com/api/v4", "CI_PROJECT_ID", "42", "GITLAB_TOKEN", "glpat-x",
            "CI_JOB_TOKEN", "job-x"));

    @Test
    void inAGitHubActionsJobEverythingComesFromItsVariables() throws Exception {
        assertThat(PlatformSettings.fromEnvironment().resolve(GITHUB_ACTIONS)).isEqualTo(new PlatformAccess(
                Platform.GITHUB, URI.create("https://api.github.com"), "org/isms",
                new ApiToken("Authorization", "Bearer ghs_actions"), WAIT));
    }

    @Test
    void inAGitLabCiJobEverythingComesFromItsVariables() throws Exception {
        assertThat(PlatformSettings.fromEnvironment().resolve(GITLAB_CI)).isEqualTo(new PlatformAccess(Platform.GITLAB,
                URI.create("https://gitlab.example.com/api/v4"), "42", new ApiToken("PRIVATE-TOKEN", "glpat-x"), WAIT));
    }

    @Test
    void gitLabsJobTokenIsTheLastResort() throws Exception {
        UnaryOperator<String> env = name -> name.equals("GITLAB_TOKEN") ? null : GITLAB_CI.apply(name);

        assertThat(PlatformSettings.fromEnvironment().resolve(env).token()).isEqualTo(new ApiToken("JOB-TOKEN", "job-x"));
    }

    @Test
    void everyParameterOverridesTheVariables() throws Exception {
        PlatformSettings given = new PlatformSettings("GitLab", "https://git.example.org/api/v4/", "group/isms",
                "from-settings", null, Duration.ofSeconds(5));

        assertThat(given.resolve(GITHUB_ACTIONS)).isEqualTo(new PlatformAccess(Platform.GITLAB,
                URI.create("https://git.example.org/api/v4"), "group/isms", new ApiToken("PRIVATE-TOKEN", "from-settings"),
                Duration.ofSeconds(5)));
    }

    @Test
    void theTokenVariableCanBeNamed() throws Exception {
        UnaryOperator<String> env = name -> name.equals("ISMS_GITHUB_TOKEN") ? "ghp_own" : GITHUB_ACTIONS.apply(name);
        PlatformSettings given = new PlatformSettings(null, null, null, null, "ISMS_GITHUB_TOKEN", WAIT);

        assertThat(given.resolve(env).token()).isEqualTo(new ApiToken("Authorization", "Bearer ghp_own"));
    }

    @Test
    void outsideCiWithoutParametersTheMessageNamesWhatToSet() {
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment().resolve(env(Map.of())))
                .isInstanceOf(PlatformException.class)
                .hasMessage("no platform: set isms.platform to github or gitlab (this is neither a GitHub Actions nor a "
                        + "GitLab CI job)");
    }

    @Test
    void everythingMissingIsNamedInOneMessage() {
        PlatformSettings given = new PlatformSettings("github", null, null, null, null, WAIT);

        assertThatThrownBy(() -> given.resolve(env(Map.of()))).hasMessage("no API address: set isms.apiUrl (e.g. "
                + "https://api.github.com) or GITHUB_API_URL; no repository: set isms.repository (owner/name) or "
                + "GITHUB_REPOSITORY; no token: set GITHUB_TOKEN, or name a settings.xml server with isms.tokenServerId");
    }

    @Test
    void valuesThatCanNotBeRightAreRefused() {
        PlatformSettings given = new PlatformSettings("bitbucket", null, null, null, null, WAIT);
        PlatformSettings wrong = new PlatformSettings("github", "ftp://api.github.com", "org/isms/extra", "t", null,
                Duration.ofSeconds(-1));

        assertThatThrownBy(() -> given.resolve(GITHUB_ACTIONS)).hasMessage("isms.platform 'bitbucket' is neither github "
                + "nor gitlab");
        assertThatThrownBy(() -> wrong.resolve(GITHUB_ACTIONS)).hasMessage("isms.apiUrl is not a REST API address: not "
                + "an http or https address; repository 'org/isms/extra' is not owner/name; isms.rateLimitWait must not "
                + "be negative");
    }

    @Test
    void anAddressWithCredentialsInItIsRefused() {
        PlatformSettings given = new PlatformSettings("github", "https://user:pw@api.github.com", "org/isms", "t", null, WAIT);

        assertThatThrownBy(() -> given.resolve(env(Map.of()))).hasMessage("isms.apiUrl is not a REST API address: user, "
                + "query and fragment do not belong in it").hasMessageNotContaining("pw");
    }

    @Test
    void noPrintedFormShowsTheToken() throws Exception {
        PlatformSettings given = new PlatformSettings("github", "https://api.github.com", "org/isms", "ghp_secret", null, WAIT);

        assertThat(given.toString()).doesNotContain("ghp_secret").contains("token=****");
        assertThat(given.resolve(env(Map.of())).toString()).doesNotContain("ghp_secret");
    }
}
