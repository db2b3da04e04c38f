package io.potok.automation.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.automation.internal.outbox.DeliveryResult;
import org.junit.jupiter.api.Test;

/**
 * The webhook handler's retry schedule and status mapping, without sending anything.
 */
class WebhookHandlerTests {

    private final WebhookHandler handler = new WebhookHandler(null, null, null, Duration.ofSeconds(10));

    @Test
    void retryDelaysDoubleFromThirtySeconds() {
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 2; attempt <= WebhookHandler.MAX_ATTEMPTS; attempt++) {
            delays.add(handler.retryDelay(attempt).orElseThrow());
        }

        assertThat(delays).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32));
    }

    @Test
    void retriesEndAfterEighthAttempt() {
        assertThat(handler.retryDelay(WebhookHandler.MAX_ATTEMPTS + 1)).isEqualTo(Optional.empty());
    }

    @Test
    void successStatusesAreDelivered() {
        for (int status : new int[] {200, 201, 202, 204, 299}) {
            assertThat(WebhookHandler.result(status).delivered()).as("HTTP %d", status).isTrue();
        }
    }

    @Test
    void clientErrorsGiveUpExceptTimeoutAndThrottling() {
        for (int status : new int[] {400, 401, 403, 404, 410, 422}) {
            DeliveryResult result = WebhookHandler.result(status);
            assertThat(result.delivered()).as("HTTP %d delivered", status).isFalse();
            assertThat(result.retryable()).as("HTTP %d retryable", status).isFalse();
        }
        assertThat(WebhookHandler.result(408).retryable()).isTrue();
        assertThat(WebhookHandler.result(429).retryable()).isTrue();
    }

    @Test
    void redirectsAndServerErrorsAreRetried() {
        for (int status : new int[] {301, 302, 307, 500, 502, 503, 504}) {
            DeliveryResult result = WebhookHandler.result(status);
            assertThat(result.delivered()).as("HTTP %d delivered", status).isFalse();
            assertThat(result.retryable()).as("HTTP %d retryable", status).isTrue();
            assertThat(result.status()).isEqualTo(status);
        }
    }
}
