package io.potok.automation.internal.outbox;

import java.util.UUID;

/**
 * A pending message that this node claimed for one attempt.
 *
 * @param deliveryId the delivery id
 * @param message the message
 * @param attempt the attempt number across the message's whole life, as the delivery log shows it
 * @param roundAttempt the attempt number since the message was last queued by hand, which decides retries
 */
record ClaimedMessage(UUID deliveryId, OutboundMessage message, int attempt, int roundAttempt) {

    Delivery delivery() {
        return new Delivery(deliveryId, message, roundAttempt);
    }
}
