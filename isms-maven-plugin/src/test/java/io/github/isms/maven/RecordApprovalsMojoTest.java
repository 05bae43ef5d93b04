package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.diag.Code;
import io.github.isms.testing.FakeRestServer;
import io.github.isms.testing.FakeRestServer.Answer;
import io.github.isms.testing.GitCli;
import io.github.isms.testing.TestIsms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** The goal maps parameters, the settings.xml token and outcomes; the recording itself is tested in the platform package. */
class RecordApprovalsMojoTest {

    static final String TOKEN = "ghp_Th1sTokenMustNeverBePrinted";
    static final String MASTER = "Master-Of-Settings-7";

    @TempDir
    Path dir;

    private final FakeRestServer github = new FakeRestServer("/api/v3");
    private final RecordingLog log = new RecordingLog();
    private String merge;

    @BeforeEach
    void repositoryWithAMergedPullRequest() {
        TestIsms.in(dir);
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "Start");
        git("checkout", "-q", "-b", "change");
        git("commit", "-q", "--allow-empty", "-m", "Change");
        git("checkout", "-q", "main");
        git("merge", "-q", "--no-ff", "-m", "Merge pull request #1", "change");
        merge = git("rev-parse", "HEAD").strip();
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private RecordApprovalsMojo mojo() throws Exception {
        RecordApprovalsMojo mojo = CheckMojoTest.inProject(new RecordApprovalsMojo(), dir);
        mojo.rateLimitWait = 60;
        mojo.settings = new Settings();
        mojo.decrypter = decrypter();
        // A GitHub Actions job, with the API on loopback.
        mojo.environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_API_URL", github.apiUrl(),
                "GITHUB_REPOSITORY", "org/isms", "GITHUB_TOKEN", TOKEN)::get;
        mojo.sleeper = duration -> { };
        mojo.setLog(log);
        return mojo;
    }

    private DefaultSettingsDecrypter decrypter() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = dir.resolve("target/settings-security.xml");
        Files.createDirectories(security.getParent());
        Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate(MASTER, "settings.security")
                + "</master></settingsSecurity>\n");
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    }

    private void scriptPullRequest(String reviewsAnswerStatus) {
        String pull = "{\"number\": 1, \"html_url\": \"https://github.com/org/isms/pull/1\", \"title\": \"Change\", "
                + "\"user\": {\"login\": \"carol-c\"}, \"head\": {\"sha\": \"" + "2".repeat(40) + "\"}, \"merge_commit_sha\": \""
                + merge + "\", \"merged_at\": \"2026-03-01T10:15:00Z\", \"merged_by\": {\"login\": \"dave-d\"}}";
        github.onJson("/repos/org/isms/commits/" + merge + "/pulls?per_page=100", "[" + pull + "]")
                .onJson("/repos/org/isms/pulls/1", pull)
                .on("/repos/org/isms/pulls/1/reviews?per_page=100", reviewsAnswerStatus.equals("200") ? Answer.json("[]")
                        : Answer.status(Integer.parseInt(reviewsAnswerStatus), "{\"message\": \"Bad credentials\"}"))
                .onJson("/repos/org/isms/commits/" + git("rev-list", "--max-parents=0", "HEAD").strip()
                        + "/pulls?per_page=100", "[]")
                .onJson("/repos/org/isms/pulls?state=closed&per_page=100", "[]");
    }

    @Test
    void inAGitHubActionsJobTheGoalRecordsTheMergeAndSaysWhatItDid() throws Exception {
        scriptPullRequest("200");

        mojo().execute();

        assertThat(git("notes", "--ref=isms-approvals", "show", merge)).contains("\"number\": 1");
        assertThat(log.lines()).contains("[INFO] isms:record-approvals wrote 1 note(s) to refs/notes/isms-approvals; "
                + "push it: git push origin refs/notes/isms-approvals");
        assertThat(github.received()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void theTokenOfAnEncryptedSettingsServerIsUsed() throws Exception {
        scriptPullRequest("200");
        RecordApprovalsMojo mojo = mojo();
        Server server = new Server();
        server.setId("github-api");
        server.setPassword(new DefaultPlexusCipher().encryptAndDecorate("ghp_fromSettings", MASTER));
        mojo.settings.addServer(server);
        mojo.tokenServerId = "github-api";

        mojo.execute();

        assertThat(github.received()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer ghp_fromSettings"));
    }

    @Test
    void aServerThatIsNotInSettingsIsNamed() throws Exception {
        RecordApprovalsMojo mojo = mojo();
        mojo.tokenServerId = "nowhere";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("tokenServerId 'nowhere': settings.xml has no <server> with this id");
    }

    @Test
    void anExpiredTokenFailsTheGoalWithOneLineAndTheTokenAppearsNowhere() throws Exception {
        scriptPullRequest("401");

        assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 error(s)").hasMessageNotContaining(TOKEN);

        assertThat(log.lines()).contains("[ERROR] src/isms/isms.yaml:1:1: PLATFORM_REQUEST_FAILED isms:record-approvals: "
                + "GET /api/v3/repos/org/isms/pulls/1/reviews?per_page=100: 401 Unauthorized: the token is missing, wrong "
                + "or expired; no note written");
        assertThat(log.text()).doesNotContain(TOKEN).doesNotContain("\tat ");
        assertThat(git("for-each-ref", "refs/notes/")).isEmpty();
        try (Stream<Path> files = Files.walk(dir.resolve("target"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(TOKEN);
            }
        }
        assertThat(Files.readString(dir.resolve("target/isms/diagnostics.json"))).contains("PLATFORM_REQUEST_FAILED");
    }

    @Test
    void outsideCiWithoutParametersTheGoalSaysWhatToSet() throws Exception {
        RecordApprovalsMojo mojo = mojo();
        mojo.environment = name -> null;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.lines()).contains("[ERROR] src/isms/isms.yaml:1:1: " + Code.PLATFORM_UNCONFIGURED + " "
                + "isms:record-approvals: no platform: set isms.platform to github or gitlab (this is neither a GitHub "
                + "Actions nor a GitLab CI job)");
    }

    @Test
    void parametersOverrideTheJobsVariables() throws Exception {
        try (FakeRestServer gitlab = new FakeRestServer("/api/v4")) {
            for (String commit : git("rev-list", "main").strip().split("\n")) {
                gitlab.on("/projects/group%2Fisms/repository/commits/" + commit + "/merge_requests?per_page=100",
                        Answer.json("[]"));
            }
            RecordApprovalsMojo mojo = mojo();
            mojo.platform = "gitlab";
            mojo.apiUrl = gitlab.apiUrl();
            mojo.repository = "group/isms";
            mojo.tokenEnv = "GITHUB_TOKEN";

            mojo.execute();

            assertThat(gitlab.received()).isNotEmpty().allSatisfy(r -> assertThat(r.header("PRIVATE-TOKEN")).isEqualTo(TOKEN));
            assertThat(github.received()).isEmpty();
        }
    }

    @Test
    void skipAsksNothingAndWritesNothing() throws Exception {
        RecordApprovalsMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();

        assertThat(github.received()).isEmpty();
        assertThat(dir.resolve("target/isms")).doesNotExist();
    }

    private String git(String... args) {
        return GitCli.git(dir, Map.of(), args);
    }
}
