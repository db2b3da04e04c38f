package io.potok.automation.internal.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * One queued email as the delivery log on the settings page lists it.
 *
 * @param deliveryId the outbox delivery id, also the unique part of the email's Message-ID
 * @param recipient the address it goes to
 * @param subject the subject
 * @param status {@code pending} (waiting for its first attempt or a retry), {@code delivered} or
 *        {@code failed} (given up)
 * @param attempts how many attempts were made
 * @param lastError why the last attempt failed, or null
 * @param queuedAt when it was queued
 * @param nextAttemptAt when the next attempt may start, or null when none is planned
 */
public record SentEmail(UUID deliveryId, String recipient, String subject, String status, int attempts,
                        String lastError, Instant queuedAt, Instant nextAttemptAt) {
}
