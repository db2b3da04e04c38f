package io.potok.automation.internal.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import io.potok.automation.internal.outbox.Delivery;
import io.potok.automation.internal.outbox.DeliveryResult;
import io.potok.automation.internal.outbox.OutboundAddressRefused;
import io.potok.automation.internal.outbox.OutboundAddresses;
import io.potok.automation.internal.outbox.OutboundHandler;
import io.potok.automation.internal.outbox.OutboundHostUnknown;
import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.automation.internal.outbox.OutboundUrlInvalid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * POSTs webhook deliveries as signed JSON. A 2xx response is delivered. Any other 4xx except 408 and 429 gives
 * up at once, because sending the same body again cannot help. Everything else is retried 30 s, 1, 2, 4, 8,
 * 16 and 32 minutes after the previous attempt, so a delivery gets 8 attempts over about 64 minutes.
 * Redirects are not followed, and the URL passes the address guard again before every attempt.
 */
@Component
class WebhookHandler implements OutboundHandler {

    static final String DELIVERY_HEADER = "X-Potok-Delivery";
    static final String EVENT_HEADER = "X-Potok-Event";
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(30);

    private final WebhookSecrets secrets;
    private final OutboundAddresses addresses;
    private final JsonMapper json;
    private final Duration timeout;
    private final HttpClient client;
    private final String userAgent;

    WebhookHandler(WebhookSecrets secrets, OutboundAddresses addresses, JsonMapper json,
                   @Value("${potok.webhooks.timeout:10s}") Duration timeout) {
        this.secrets = secrets;
        this.addresses = addresses;
        this.json = json;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        String version = WebhookHandler.class.getPackage().getImplementationVersion();
        this.userAgent = "Potok/" + (version == null ? "development" : version);
    }

    @Override
    public String kind() {
        return WebhookQueue.KIND;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        OutboundMessage message = delivery.message();
        String url = message.payload().path("url").asString();
        URI uri;
        try {
            uri = addresses.check(url);
        } catch (OutboundAddressRefused | OutboundUrlInvalid rejected) {
            return DeliveryResult.refused(rejected.code() + ": " + url);
        } catch (OutboundHostUnknown unknown) {
            return DeliveryResult.failure(null, unknown.code() + ": " + url);
        }
        // NOTE: the HTTP client resolves the host again when it connects, so a DNS answer that changes between
        // the check and the connection is not caught.
        return post(uri, delivery, body(delivery));
    }

    @Override
    public Optional<Duration> retryDelay(int nextAttempt) {
        if (nextAttempt < 2 || nextAttempt > MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(FIRST_RETRY_DELAY.multipliedBy(1L << (nextAttempt - 2)));
    }

    private byte[] body(Delivery delivery) {
        JsonNode payload = delivery.message().payload();
        ObjectNode body = json.createObjectNode();
        body.set("event", payload.get("event"));
        body.put("delivery_id", delivery.id().toString());
        for (String name : new String[] {"occurred_at", "form_id", "task_id", "rule_id", "task"}) {
            if (payload.has(name)) {
                body.set(name, payload.get(name));
            }
        }
        return json.writeValueAsBytes(body);
    }

    private DeliveryResult post(URI uri, Delivery delivery, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", userAgent)
                .header(DELIVERY_HEADER, delivery.id().toString())
                .header(EVENT_HEADER, delivery.message().payload().path("event").asString())
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret(delivery.message()), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return result(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return DeliveryResult.failure(null, "Timed out after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return DeliveryResult.failure(null, "Connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failure(null, "Interrupted while sending");
        }
    }

    private String secret(OutboundMessage message) {
        String[] formAndWebhook = message.target().split("/", 2);
        return secrets.secret(message.orgId(), Long.parseLong(formAndWebhook[0]), formAndWebhook[1]);
    }

    static DeliveryResult result(int status) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.success(status);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new DeliveryResult(false, status, "Receiver rejected the delivery with HTTP " + status, false);
        }
        return DeliveryResult.failure(status, "Receiver answered HTTP " + status);
    }
}
