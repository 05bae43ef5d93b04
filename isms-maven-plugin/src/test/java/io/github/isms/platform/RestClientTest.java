package io.github.isms.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.isms.testing.FakeRestServer;
import io.github.isms.testing.FakeRestServer.Answer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTTP as both platforms speak it: pages, rate limits, and one clear line for every failure, without the token. */
class RestClientTest {

    static final String TOKEN = "ghp_s3cretTokenThatMustNeverShow";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final FakeRestServer server = new FakeRestServer("/api/v3");
    private final List<Duration> slept = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private RestClient client(Duration rateLimitWait) {
        PlatformAccess access = new PlatformAccess(Platform.GITHUB, URI.create(server.apiUrl()), "org/isms",
                new ApiToken("Authorization", "Bearer " + TOKEN), rateLimitWait);
        return new RestClient(access, Map.of("Accept", "application/vnd.github+json"), Clock.fixed(NOW, ZoneOffset.UTC),
                slept::add);
    }

    private RestClient client() {
        return client(Duration.ofSeconds(60));
    }

    @Test
    void everyRequestCarriesTheTokenInItsHeaderAndTheClientsOwnHeaders() throws Exception {
        server.onJson("/user", "{\"login\": \"bob-b\"}");

        assertThat(client().object("/user").path("login").asText()).isEqualTo("bob-b");

        FakeRestServer.Received request = server.received().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.header("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(request.header("User-Agent")).isEqualTo("isms-maven-plugin");
        assertThat(request.path()).isEqualTo("/api/v3/user");
    }

    @Test
    void aListIsReadPageByPageFollowingTheLinkHeader() throws Exception {
        String next = server.apiUrl() + "/items?per_page=2&page=2";
        server.on("/items?per_page=2", Answer.json("[1, 2]").with("Link", "<" + next + ">; rel=\"next\", <"
                        + server.apiUrl() + "/items?per_page=2&page=3>; rel=\"last\""))
                .on("/items?per_page=2&page=2", Answer.json("[3, 4]").with("Link", "<" + server.apiUrl()
                        + "/items?per_page=2&page=3>; rel=\"next\""))
                .on("/items?per_page=2&page=3", Answer.json("[5]").with("Link", "<" + server.apiUrl()
                        + "/items?per_page=2&page=1>; rel=\"first\""));

        assertThat(client().list("/items?per_page=2")).extracting(JsonNode::asInt).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aListIsReadPageByPageFollowingGitLabsNextPageHeader() throws Exception {
        server.on("/items?per_page=2", Answer.json("[1, 2]").with("X-Next-Page", "2"))
                .on("/items?per_page=2&page=2", Answer.json("[3]").with("X-Next-Page", ""));

        assertThat(client().list("/items?per_page=2")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
    }

    @Test
    void aNextPageOnAnotherHostIsNotFollowedSoTheTokenStaysWithTheApi() {
        server.on("/items", Answer.json("[1]").with("Link", "<https://elsewhere.example/items?page=2>; rel=\"next\""));

        assertThatThrownBy(() -> client().list("/items")).isInstanceOf(PlatformException.class)
                .hasMessage("GET /api/v3/items: the next page lies on another host (elsewhere.example); not followed, "
                        + "so that the token stays with 127.0.0.1");
    }

    @Test
    void aPrimaryRateLimitIsWaitedOutUntilItsResetThenTheRequestIsRepeated() throws Exception {
        server.on("/user", Answer.status(403, "{\"message\": \"API rate limit exceeded\"}")
                        .with("X-RateLimit-Remaining", "0").with("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 30)),
                Answer.json("{\"login\": \"bob-b\"}"));

        assertThat(client().object("/user").path("login").asText()).isEqualTo("bob-b");
        assertThat(slept).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aSecondaryRateLimitIsWaitedOutForItsRetryAfter() throws Exception {
        server.on("/user", Answer.status(429, "{\"message\": \"slow down\"}").with("Retry-After", "5"),
                Answer.json("{\"login\": \"bob-b\"}"));

        client().object("/user");

        assertThat(slept).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void gitLabsRateLimitHeadersAreReadToo() throws Exception {
        server.on("/user", Answer.status(429, "{\"message\": \"Retry later\"}").with("RateLimit-Remaining", "0")
                .with("RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 12)), Answer.json("{}"));

        client().object("/user");

        assertThat(slept).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRateLimitLongerThanTheWaitLeftForTheRunFailsWithoutWaiting() {
        server.on("/a", Answer.status(429, "{}").with("Retry-After", "40"), Answer.json("{}"))
                .on("/b", Answer.status(429, "{}").with("Retry-After", "40"), Answer.json("{}"));
        RestClient client = client();

        assertThatThrownBy(() -> {
            client.object("/a");
            client.object("/b");
        }).isInstanceOf(PlatformException.class).hasMessage("GET /api/v3/b: rate limited; the platform asks to wait 40 s, "
                + "more than isms.rateLimitWait leaves (20 s of it left); run again later");
        assertThat(slept).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void aForbiddenAnswerWithoutRateLimitIsAPermissionProblem() {
        server.on("/user", Answer.status(403, "{\"message\": \"Resource not accessible by integration\"}"));

        assertThatThrownBy(() -> client().object("/user")).hasMessageStartingWith("GET /api/v3/user: 403 Forbidden: "
                + "the token may not read this");
        assertThat(slept).isEmpty();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(Answer.status(401, "{\"message\": \"Bad credentials\"}"),
                        "GET /api/v3/thing?x=1: 401 Unauthorized: the token is missing, wrong or expired"),
                Arguments.of(Answer.status(404, "{\"message\": \"Not Found\"}"), "GET /api/v3/thing?x=1: 404 Not Found: "
                        + "no such repository, project or request, or the token may not see it"),
                Arguments.of(Answer.status(500, "{}"), "GET /api/v3/thing?x=1: 500: the platform failed; run again later"),
                Arguments.of(Answer.html(502), "GET /api/v3/thing?x=1: 502: the platform failed; run again later"),
                Arguments.of(Answer.status(301, "{}").with("Location", "https://elsewhere.example/"),
                        "GET /api/v3/thing?x=1: 301: the API answers with a redirect, which is not followed; check "
                                + "isms.apiUrl and isms.repository"),
                Arguments.of(Answer.html(200), "GET /api/v3/thing?x=1: the answer is not JSON (text/html); is "
                        + "isms.apiUrl the REST API's address, such as https://api.github.com or https://gitlab.example.com/api/v4?"),
                Arguments.of(Answer.json("{\"login\": "), "GET /api/v3/thing?x=1: the answer is not valid JSON "
                        + "(Unexpected end-of-input within/between Object entries)"),
                Arguments.of(Answer.json("{} garbage"), "GET /api/v3/thing?x=1: the answer is not valid JSON "
                        + "(Unrecognized token 'garbage': was expecting (JSON String, Number, Array, Object or token 'null', "
                        + "'true' or 'false'))"),
                Arguments.of(Answer.json(""), "GET /api/v3/thing?x=1: the answer is empty, not JSON"),
                Arguments.of(Answer.json("[1, 2]"), "GET /api/v3/thing?x=1: unexpected answer: not a JSON object"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyFailureIsOneLineNamingTheRequestAndNeverTheToken(Answer answer, String message) {
        server.on("/thing?x=1", answer);

        assertThatThrownBy(() -> client().object("/thing?x=1")).isInstanceOf(PlatformException.class)
                .hasMessage(message).hasMessageNotContaining(TOKEN).hasNoCause()
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void aServerThatIsGoneIsNamedWithItsAddress() {
        RestClient client = client();
        int port = URI.create(server.apiUrl()).getPort();
        server.close();

        assertThatThrownBy(() -> client.object("/user")).isInstanceOf(PlatformException.class)
                .hasMessageStartingWith("GET /api/v3/user: no answer from 127.0.0.1:" + port + " (")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void anAnswerThatIsNotFoundIsEmptyWhereTheCallerAcceptsThat() throws Exception {
        assertThat(client().objectIfFound("/users/ghost")).isEmpty();
    }
}
