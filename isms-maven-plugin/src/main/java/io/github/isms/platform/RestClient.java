package io.github.isms.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET requests to a platform's REST API, as GitHub and GitLab document them: JSON answers, pages linked by
 * {@code Link: <...>; rel="next"} (or GitLab's {@code X-Next-Page}), rate limits announced by
 * {@code Retry-After} or a remaining count of 0 with its reset time, waited out within a bound for the
 * whole run. Every failure is a {@link PlatformException} naming the request by method and path; the
 * token travels only in its header, never in an address or a message.
 */
final class RestClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Far more than any answer of these APIs; a guard against an endless body. */
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    /** 100 items a page: 100,000 pull requests, reviews or merge requests. A guard against an endless chain. */
    private static final int MAX_PAGES = 1000;
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([^\";,]+)\"?");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final URI apiUrl;
    private final ApiToken token;
    private final Map<String, String> headers;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient http;
    private Duration waitLeft;

    /** @param headers further headers every request carries, e.g. the API version */
    RestClient(PlatformAccess access, Map<String, String> headers, Clock clock, Sleeper sleeper) {
        this.apiUrl = access.apiUrl();
        this.token = access.token();
        this.headers = Map.copyOf(headers);
        this.clock = clock;
        this.sleeper = sleeper;
        this.waitLeft = access.rateLimitWait();
        // Redirects are not followed: a moved API would receive the token without anyone deciding so.
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The address of {@code path} (already escaped, starting with {@code /}) under the API root. */
    URI uri(String path) {
        return URI.create(apiUrl + path);
    }

    /** A JSON object. */
    JsonNode object(String path) throws PlatformException {
        Answer answer = get(uri(path), false);
        return requireObject(answer.json(), answer.request());
    }

    /** A JSON object, or empty when the platform answers 404 (e.g. a deleted user). */
    Optional<JsonNode> objectIfFound(String path) throws PlatformException {
        Answer answer = get(uri(path), true);
        return answer == null ? Optional.empty() : Optional.of(requireObject(answer.json(), answer.request()));
    }

    /** Every item of a paginated list. */
    List<JsonNode> list(String path) throws PlatformException {
        Pages pages = pages(path);
        List<JsonNode> all = new ArrayList<>();
        for (List<JsonNode> page = pages.next(); page != null; page = pages.next()) {
            all.addAll(page);
        }
        return all;
    }

    /** A paginated list, one page at a time: for a search that may stop early. */
    Pages pages(String path) {
        return new Pages(uri(path));
    }

    /** The pages of one list; {@link #next()} is null after the last. */
    final class Pages {

        private URI next;
        private int read;

        private Pages(URI first) {
            this.next = first;
        }

        List<JsonNode> next() throws PlatformException {
            if (next == null) {
                return null;
            }
            if (++read > MAX_PAGES) {
                throw new PlatformException(describe(next) + ": more than " + MAX_PAGES + " pages; stopped");
            }
            URI current = next;
            Answer answer = get(current, false);
            if (!answer.json().isArray()) {
                throw new PlatformException(answer.request() + ": unexpected answer: not a JSON list");
            }
            next = nextPage(current, answer.headers());
            List<JsonNode> items = new ArrayList<>();
            answer.json().forEach(items::add);
            return items;
        }
    }

    private URI nextPage(URI current, HttpHeaders response) throws PlatformException {
        for (String link : response.allValues("Link")) {
            Matcher matcher = LINK.matcher(link);
            while (matcher.find()) {
                if (List.of(matcher.group(2).strip().split("\\s+")).contains("next")) {
                    return sameOrigin(current.resolve(matcher.group(1).strip()), current);
                }
            }
        }
        Optional<String> nextPage = response.firstValue("X-Next-Page").map(String::strip).filter(s -> !s.isEmpty());
        if (nextPage.isPresent()) {
            if (!nextPage.get().matches("\\d{1,9}")) {
                throw new PlatformException(describe(current) + ": unexpected answer: X-Next-Page '" + nextPage.get() + "'");
            }
            String query = current.getRawQuery() == null ? "" : current.getRawQuery().replaceAll("(^|&)page=[^&]*", "")
                    .replaceAll("^&", "");
            return URI.create(apiUrl.getScheme() + "://" + current.getRawAuthority() + current.getRawPath() + "?"
                    + (query.isEmpty() ? "" : query + "&") + "page=" + nextPage.get());
        }
        return null;
    }

    /* A next-page link to another host is not followed: the token would go with it. */
    private URI sameOrigin(URI link, URI current) throws PlatformException {
        if (!Objects.equals(link.getScheme(), apiUrl.getScheme()) || !Objects.equals(link.getHost(), apiUrl.getHost())
                || link.getPort() != apiUrl.getPort()) {
            throw new PlatformException(describe(current) + ": the next page lies on another host (" + link.getHost()
                    + "); not followed, so that the token stays with " + apiUrl.getHost());
        }
        return link;
    }

    private record Answer(String request, JsonNode json, HttpHeaders headers) {
    }

    /** The answer; null for a 404 when {@code notFoundIsEmpty}. */
    private Answer get(URI uri, boolean notFoundIsEmpty) throws PlatformException {
        String request = describe(uri);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "isms-maven-plugin")
                .header(token.header(), token.value());
        headers.forEach(builder::header);
        HttpRequest httpRequest = builder.build();
        while (true) {
            HttpResponse<InputStream> response;
            byte[] body;
            try {
                response = http.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    body = in.readNBytes(MAX_BODY_BYTES + 1);
                }
            } catch (IOException e) {
                throw new PlatformException(request + ": no answer from " + uri.getHost() + ":" + port(uri) + " ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(request + ": interrupted");
            }
            int status = response.statusCode();
            if (status == 403 || status == 429) {
                Optional<Duration> wait = rateLimitWait(response.headers());
                if (wait.isPresent()) {
                    waitOut(request, wait.get());
                    continue;
                }
            }
            if (status == 404 && notFoundIsEmpty) {
                return null;
            }
            if (status < 200 || status > 299) {
                throw new PlatformException(request + ": " + failure(status));
            }
            if (body.length > MAX_BODY_BYTES) {
                throw new PlatformException(request + ": the answer is larger than " + (MAX_BODY_BYTES >> 20) + " MiB");
            }
            return new Answer(request, json(request, response.headers(), body), response.headers());
        }
    }

    private void waitOut(String request, Duration wait) throws PlatformException {
        if (wait.compareTo(waitLeft) > 0) {
            throw new PlatformException(request + ": rate limited; the platform asks to wait " + seconds(wait)
                    + ", more than isms.rateLimitWait leaves (" + seconds(waitLeft) + " of it left); run again later");
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(request + ": interrupted while waiting for the rate limit");
        }
        waitLeft = waitLeft.minus(wait);
    }

    /** How long the platform asks to wait, when the answer is a rate limit and says so. */
    private Optional<Duration> rateLimitWait(HttpHeaders response) {
        Optional<String> retryAfter = response.firstValue("Retry-After").map(String::strip);
        if (retryAfter.isPresent()) {
            if (retryAfter.get().matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.get())));
            }
            try {
                Instant at = ZonedDateTime.parse(retryAfter.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(atLeastASecond(Duration.between(clock.instant(), at)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        for (String prefix : List.of("X-RateLimit-", "RateLimit-")) {
            Optional<String> remaining = response.firstValue(prefix + "Remaining").map(String::strip);
            Optional<String> reset = response.firstValue(prefix + "Reset").map(String::strip);
            if (remaining.isPresent() && remaining.get().equals("0") && reset.isPresent() && reset.get().matches("\\d{1,12}")) {
                Instant at = Instant.ofEpochSecond(Long.parseLong(reset.get()));
                return Optional.of(atLeastASecond(Duration.between(clock.instant(), at)));
            }
        }
        return Optional.empty();
    }

    private static Duration atLeastASecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    private static String failure(int status) {
        return switch (status) {
            case 401 -> "401 Unauthorized: the token is missing, wrong or expired";
            case 403 -> "403 Forbidden: the token may not read this (GitHub: the pull-requests and contents read "
                    + "permissions; GitLab: the read_api scope)";
            case 404 -> "404 Not Found: no such repository, project or request, or the token may not see it";
            case 429 -> "429 Too Many Requests: rate limited, and the platform does not say until when; run again later";
            default -> status >= 500 ? status + ": the platform failed; run again later"
                    : status >= 300 && status < 400 ? status + ": the API answers with a redirect, which is not followed; "
                            + "check isms.apiUrl and isms.repository"
                            : status + ": unexpected answer";
        };
    }

    private static JsonNode json(String request, HttpHeaders response, byte[] body) throws PlatformException {
        String type = response.firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            throw new PlatformException(request + ": the answer is not JSON (" + (type.isBlank() ? "no content type"
                    : type.split(";")[0].strip()) + "); is isms.apiUrl the REST API's address, such as "
                    + "https://api.github.com or https://gitlab.example.com/api/v4?");
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw new PlatformException(request + ": the answer is empty, not JSON");
            }
            return json;
        } catch (JacksonException e) {
            throw new PlatformException(request + ": the answer is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new PlatformException(request + ": the answer can not be read (" + e.getMessage() + ")");
        }
    }

    private static JsonNode requireObject(JsonNode json, String request) throws PlatformException {
        if (!json.isObject()) {
            throw new PlatformException(request + ": unexpected answer: not a JSON object");
        }
        return json;
    }

    /** {@code GET /path?query}: how messages name a request. */
    static String describe(URI uri) {
        return "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
