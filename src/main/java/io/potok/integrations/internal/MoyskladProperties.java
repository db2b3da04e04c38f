package io.potok.integrations.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code potok.moysklad.*} for the МойСклад client.
 *
 * @param baseUrl the JSON API 1.2 root, used when an organisation has none of its own
 * @param requestTimeout how long one request may take before it counts as timed out
 * @param maxAttempts how many times one request is sent at most, the first try included
 * @param firstBackoff the wait before the first retry after a timeout or a server error; each further retry
 *                     waits twice as long
 * @param maxBackoff the longest wait between two tries
 */
@ConfigurationProperties("potok.moysklad")
record MoyskladProperties(URI baseUrl, Duration requestTimeout, Integer maxAttempts, Duration firstBackoff,
                          Duration maxBackoff) {

    static final URI DEFAULT_BASE_URL = URI.create("https://api.moysklad.ru/api/remap/1.2");

    MoyskladProperties {
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(60) : requestTimeout;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        firstBackoff = firstBackoff == null ? Duration.ofSeconds(2) : firstBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
    }
}
