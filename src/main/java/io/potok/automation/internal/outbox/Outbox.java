package io.potok.automation.internal.outbox;

import java.util.UUID;

/**
 * Queues messages for delivery outside Potok. A message is written in the caller's transaction, so it exists
 * only if that transaction commits, and is then delivered at least once by the {@link OutboundHandler} of its
 * kind, with retries that survive a restart.
 */
public interface Outbox {

    /**
     * Queues the message in the current transaction.
     *
     * @return the delivery id, stable across retries and sent to the receiver
     */
    UUID enqueue(OutboundMessage message);

    /**
     * Queues a delivered or failed message again as a new attempt with the same delivery id.
     *
     * @throws IllegalArgumentException when no such delivery exists in the organisation
     */
    void redeliver(long orgId, UUID deliveryId);
}
