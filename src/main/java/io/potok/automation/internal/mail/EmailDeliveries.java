package io.potok.automation.internal.mail;

import java.time.Duration;
import java.util.Optional;

import io.potok.automation.internal.outbox.Delivery;
import io.potok.automation.internal.outbox.DeliveryResult;
import io.potok.automation.internal.outbox.OutboundHandler;
import io.potok.automation.internal.outbox.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers outbox messages of kind {@code email}: one recipient per message (the target), with the subject
 * and text in the payload. Missing or switched-off settings and temporary server failures are retried with
 * a growing delay, so queued email goes out once an administrator sets SMTP up. A recipient the server
 * rejects permanently (a 5xx reply) or an invalid address is not retried.
 */
@Component
class EmailDeliveries implements OutboundHandler {

    static final String KIND = "email";
    /** The 20th attempt is the last, about three days after the first (see {@link #retryDelay}). */
    static final int MAX_ATTEMPTS = 20;
    static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY_DELAY = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(EmailDeliveries.class);

    private final SmtpServers servers;
    private final MailSettings mailSettings;

    EmailDeliveries(SmtpServers servers, MailSettings mailSettings) {
        this.servers = servers;
        this.mailSettings = mailSettings;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        OutboundMessage message = delivery.message();
        Optional<SmtpFailure> failure = servers.find(message.orgId())
                .map(server -> send(server, delivery))
                .orElseGet(() -> Optional.of(SmtpFailure.temporary(SmtpFailure.Reason.NOT_CONFIGURED,
                        "an administrator saves the settings at /settings/mail")));
        if (failure.isEmpty()) {
            log.info("Email {} of organisation {} sent (attempt {})", delivery.id(), message.orgId(), delivery.attempt());
            return DeliveryResult.success(null);
        }
        return failed(delivery, failure.get());
    }

    /**
     * Waits 1 minute before the second attempt and twice as long before each next one, at most 6 hours, so
     * the 20 attempts span about three days (511 minutes for the first ten delays, then 6 hours each).
     */
    @Override
    public Optional<Duration> retryDelay(int nextAttempt) {
        if (nextAttempt > MAX_ATTEMPTS) {
            return Optional.empty();
        }
        int doublings = Math.min(nextAttempt - 2, 20);
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay);
    }

    @Override
    public void gaveUp(Delivery delivery, DeliveryResult lastResult) {
        log.error("Email {} of organisation {} given up after attempt {}: {}", delivery.id(),
                delivery.message().orgId(), delivery.attempt(), lastResult.error());
    }

    private Optional<SmtpFailure> send(SmtpServer server, Delivery delivery) {
        if (!server.settings().enabled()) {
            return Optional.of(SmtpFailure.temporary(SmtpFailure.Reason.DISABLED,
                    "an administrator switches it on at /settings/mail"));
        }
        OutboundMessage message = delivery.message();
        OutgoingEmail email = new OutgoingEmail(message.target(), message.payload().path("subject").asString(""),
                message.payload().path("text").asString(""), delivery.id().toString());
        return mailSettings.send(server, email);
    }

    private static DeliveryResult failed(Delivery delivery, SmtpFailure failure) {
        log.warn("Email {} of organisation {} failed (attempt {}, {}): {}", delivery.id(), delivery.message().orgId(),
                delivery.attempt(), failure.permanent() ? "not retried" : "retried later", failure.describe());
        return failure.permanent() ? DeliveryResult.refused(failure.describe())
                : DeliveryResult.failure(null, failure.describe());
    }
}
