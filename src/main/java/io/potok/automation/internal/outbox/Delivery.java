package io.potok.automation.internal.outbox;

import java.util.UUID;

/**
 * One attempt to deliver an outbox message.
 *
 * @param id the delivery id, the same for every attempt
 * @param message what to deliver
 * @param attempt which attempt this is, starting at 1
 */
public record Delivery(UUID id, OutboundMessage message, int attempt) {
}
