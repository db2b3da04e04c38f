package io.potok.automation.internal.bots;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.potok.automation.internal.outbox.Delivery;
import io.potok.automation.internal.outbox.DeliveryResult;
import io.potok.automation.internal.outbox.OutboundAddresses;
import io.potok.automation.internal.outbox.OutboundHandler;
import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.identity.BotAccounts;
import io.potok.identity.BotAccounts.BotAccount;
import io.potok.platform.PotokException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Delivers outbox messages of kind {@code bot}: POSTs the signed task to the bot's URL and applies the bot's
 * reply. Three attempts in all, the retries 61 s and 122 s after the attempt before, as Pyrus documents for its
 * bots. Then a comment by the bot on the task reports that it did not respond.
 */
@Component
class BotHandler implements OutboundHandler {

    static final String KIND = "bot";
    static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(BotHandler.class);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(61);

    private final BotAccounts bots;
    private final OutboundAddresses addresses;
    private final BotRequests requests;
    private final BotReplies replies;
    private final Duration replyTimeout;
    private final String userAgent;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    BotHandler(BotAccounts bots, OutboundAddresses addresses, BotRequests requests, BotReplies replies,
               @Value("${potok.bots.reply-timeout:60s}") Duration replyTimeout) {
        this.bots = bots;
        this.addresses = addresses;
        this.requests = requests;
        this.replies = replies;
        this.replyTimeout = replyTimeout;
        this.userAgent = "Potok/" + version();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        OutboundMessage message = delivery.message();
        long botId = Long.parseLong(message.target());
        Optional<BotAccount> bot = bots.find(message.orgId(), botId).filter(found -> !found.blocked());
        Optional<String> key = bot.flatMap(found -> bots.securityKey(found.orgId(), found.id()));
        if (bot.isEmpty() || key.isEmpty()) {
            return DeliveryResult.refused("Bot " + botId + " is blocked, deleted or has no security key");
        }
        try {
            URI url = addresses.check(bot.get().url());
            byte[] body = requests.body(bot.get(), key.get(), message.taskId());
            return post(delivery, bot.get(), url, body, key.get());
        } catch (PotokException rejected) {
            return DeliveryResult.refused("Not sent to bot " + botId + ": " + rejected.code());
        } catch (BotRequests.BotKeyRejected rejected) {
            return DeliveryResult.refused(rejected.getMessage());
        }
    }

    private DeliveryResult post(Delivery delivery, BotAccount bot, URI url, byte[] body, String key) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(replyTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", userAgent)
                .header("X-Pyrus-Sig", BotRequests.signature(body, key))
                .header("X-Pyrus-Retry", delivery.attempt() + "/" + MAX_ATTEMPTS)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException noAnswer) {
            log.warn("Bot {} did not respond to attempt {} for task {}: {}", bot.id(), delivery.attempt(),
                    delivery.message().taskId(), noAnswer.toString());
            return DeliveryResult.failure(null, "No answer: " + noAnswer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failure(null, "Interrupted while waiting for the bot's answer");
        }
        return answered(delivery, bot, response);
    }

    private DeliveryResult answered(Delivery delivery, BotAccount bot, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            log.warn("Bot {} responded to attempt {} for task {} with HTTP {}", bot.id(), delivery.attempt(),
                    delivery.message().taskId(), status);
            return DeliveryResult.failure(status, "HTTP " + status);
        }
        replies.apply(bot, delivery.message().taskId(), response.body(), locale(delivery.message()));
        return DeliveryResult.success(status);
    }

    @Override
    public Optional<Duration> retryDelay(int nextAttempt) {
        if (nextAttempt < 2 || nextAttempt > MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(FIRST_RETRY_DELAY.multipliedBy(nextAttempt - 1L));
    }

    @Override
    public void gaveUp(Delivery delivery, DeliveryResult lastResult) {
        OutboundMessage message = delivery.message();
        log.warn("Gave up sending task {} to bot {} after {} attempts: {}", message.taskId(), message.target(),
                delivery.attempt(), lastResult.error());
        replies.gaveUp(message.orgId(), Long.parseLong(message.target()), message.taskId(), locale(message),
                delivery.attempt(), lastResult.error());
    }

    private static Locale locale(OutboundMessage message) {
        return Locale.forLanguageTag(message.payload().path("locale").asString("ru"));
    }

    private static String version() {
        // NOTE: the version comes from the jar's manifest; classes run from an IDE or `mvn test` have none.
        String version = BotHandler.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
