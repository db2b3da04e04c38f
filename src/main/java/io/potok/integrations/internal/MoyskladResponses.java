package io.potok.integrations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import io.potok.integrations.internal.MoyskladFailure.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one МойСклад response into its JSON body or a failure, by status. 200 is read, 401 and 403 fail at
 * once, 429 and 5xx may be retried, and other statuses fail with МойСклад's error text.
 */
final class MoyskladResponses {

    private MoyskladResponses() {
    }

    static JsonNode read(String path, HttpResponse<byte[]> response, JsonMapper json) {
        int status = response.statusCode();
        if (status == 200) {
            return body(path, response, json);
        }
        if (status == 429) {
            throw new Retries.Retryable(Reason.RATE_LIMITED, path + ": 429", retryWait(response));
        }
        if (status >= 500) {
            throw new Retries.Retryable(Reason.SERVER_ERROR, path + ": " + status);
        }
        String error = path + ": " + status + errorText(response, json);
        if (status == 401) {
            throw new MoyskladFailure(Reason.BAD_TOKEN, error);
        }
        if (status == 403) {
            throw new MoyskladFailure(Reason.ACCESS_DENIED, error);
        }
        throw new MoyskladFailure(Reason.REQUEST_REJECTED, error);
    }

    private static JsonNode body(String path, HttpResponse<byte[]> response, JsonMapper json) {
        try (InputStream in = decoded(response)) {
            JsonNode body = json.readTree(in);
            if (body == null || !body.isObject()) {
                throw new MoyskladFailure(Reason.MALFORMED_RESPONSE, path + ": the body is not a JSON object");
            }
            return body;
        } catch (JacksonException | IOException e) {
            throw new MoyskladFailure(Reason.MALFORMED_RESPONSE, path + ": the body is not valid JSON", e);
        }
    }

    private static InputStream decoded(HttpResponse<byte[]> response) throws IOException {
        InputStream raw = new ByteArrayInputStream(response.body());
        boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        return gzip ? new GZIPInputStream(raw) : raw;
    }

    /**
     * Returns the wait a 429 response requests, in milliseconds in {@code X-Lognex-Retry-After} or else
     * {@code X-Lognex-Retry-TimeInterval}. Returns null when neither is a number, so that the caller backs off.
     */
    private static Duration retryWait(HttpResponse<byte[]> response) {
        return millis(response, "X-Lognex-Retry-After")
                .or(() -> millis(response, "X-Lognex-Retry-TimeInterval"))
                .map(Duration::ofMillis)
                .orElse(null);
    }

    private static Optional<Long> millis(HttpResponse<byte[]> response, String header) {
        try {
            return response.headers().firstValue(header).map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException notNumber) {
            return Optional.empty();
        }
    }

    /** Returns ", <error> (code <code>)" from the first entry of an error body, or "" when there is none. */
    private static String errorText(HttpResponse<byte[]> response, JsonMapper json) {
        try (InputStream in = decoded(response)) {
            JsonNode body = json.readTree(in);
            JsonNode first = body == null ? json.missingNode() : body.path("errors").path(0);
            String error = first.path("error").asString("");
            if (error.isBlank()) {
                return "";
            }
            JsonNode code = first.path("code");
            return ", " + error + (code.isNumber() ? " (code " + code.asString() + ")" : "");
        } catch (JacksonException | IOException unreadable) {
            return "";
        }
    }
}
