package io.github.isms.maven;

import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.RecordRequest;
import io.github.isms.engine.RecordResult;
import io.github.isms.platform.PlatformSettings;
import io.github.isms.platform.Sleeper;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Records the approvals of the pull or merge requests that produced the approval branch's new commits as git
 * notes under {@code refs/notes/isms-approvals}, read from GitHub's or GitLab's REST API. Run by CI after a
 * merge (then push the notes ref), or by hand. Pushes nothing; writes no note when anything fails.
 */
@Mojo(name = "record-approvals", requiresProject = true, threadSafe = true)
public class RecordApprovalsMojo extends AbstractIsmsMojo {

    /** {@code github} or {@code gitlab}; default: the CI running the build ({@code GITHUB_ACTIONS}, {@code GITLAB_CI}). */
    @Parameter(property = "isms.platform")
    String platform;

    /** The REST API's root, e.g. {@code https://api.github.com}; default: {@code GITHUB_API_URL} or {@code CI_API_V4_URL}. */
    @Parameter(property = "isms.apiUrl")
    String apiUrl;

    /** GitHub: {@code owner/name}; GitLab: the project's id or path; default: {@code GITHUB_REPOSITORY} or {@code CI_PROJECT_ID}. */
    @Parameter(property = "isms.repository")
    String repository;

    /** A settings.xml {@code <server>} whose password (encrypted passwords work) is the API token. */
    @Parameter(property = "isms.tokenServerId")
    String tokenServerId;

    /** The environment variable holding the token; default: {@code GITHUB_TOKEN}, or {@code GITLAB_TOKEN} else {@code CI_JOB_TOKEN}. */
    @Parameter(property = "isms.tokenEnv")
    String tokenEnv;

    /** Seconds a run may wait, in all, for the platform's rate limits to pass before it fails. */
    @Parameter(property = "isms.rateLimitWait", defaultValue = "60")
    long rateLimitWait;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    /** How environment variables are read; a test replaces it. */
    UnaryOperator<String> environment = System::getenv;

    /** How waits pass; a test replaces it. */
    Sleeper sleeper = Sleeper.REAL;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:record-approvals skipped");
            return;
        }
        String token = tokenServerId == null || tokenServerId.isBlank() ? null
                : ServerPassword.of(settings, decrypter, tokenServerId.strip(), "tokenServerId");
        if (token != null && token.isBlank()) {
            throw new MojoExecutionException("tokenServerId '" + tokenServerId.strip() + "': the <server> has no password "
                    + "(the token goes there)");
        }
        PlatformSettings given = new PlatformSettings(platform, apiUrl, repository, token, tokenEnv,
                Duration.ofSeconds(rateLimitWait));
        RecordResult result;
        try {
            result = new IsmsEngine().recordApprovals(new RecordRequest(request().layout(), outputDirectory.toPath(), given,
                    environment, Clock.systemUTC(), sleeper));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("isms:record-approvals could not write to " + outputDirectory + ": "
                    + e.getCause().getMessage(), e);
        }
        report(result.check());
    }
}
