package io.github.isms.platform;

import java.net.URI;
import java.time.Duration;

/**
 * Complete, checked settings for talking to one repository on one platform.
 *
 * @param apiUrl     the REST API's root, without a trailing slash
 * @param repository GitHub: {@code owner/name}; GitLab: the project's id or path
 */
public record PlatformAccess(Platform platform, URI apiUrl, String repository, ApiToken token, Duration rateLimitWait) {
}
