package io.potok.integrations.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens {@link MoyskladClient}s for accounts, sharing one HTTP client. Redirects are not followed, so the
 * token goes to the configured address only.
 */
@Component
class MoyskladClients {

    private final MoyskladProperties properties;
    private final Pause pause;
    private final JsonMapper json;
    private final HttpClient http;

    @Autowired
    MoyskladClients(MoyskladProperties properties, JsonMapper json) {
        this(properties, Pause.SLEEP, json);
    }

    MoyskladClients(MoyskladProperties properties, Pause pause, JsonMapper json) {
        this.properties = properties;
        this.pause = pause;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(min(properties.requestTimeout(), Duration.ofSeconds(30)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens a client for the account behind the token, at the given API root or else the configured one. */
    MoyskladClient open(URI baseUrl, String token) {
        return new MoyskladClient(http, baseUrl == null ? properties.baseUrl() : baseUrl, token, properties, pause, json);
    }

    private static Duration min(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
