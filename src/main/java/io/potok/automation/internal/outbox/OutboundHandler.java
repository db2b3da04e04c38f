package io.potok.automation.internal.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * Delivers the outbox messages of one kind. Handlers are Spring beans, and the outbox finds them by
 * {@link #kind()}.
 */
public interface OutboundHandler {

    /** The message kind this handler delivers. */
    String kind();

    /**
     * Makes one delivery attempt. A failed delivery is returned as a result. The outbox also records an unexpected exception as a failed attempt.
     *
     * @param delivery the message, its delivery id and which attempt this is (1 for the first)
     */
    DeliveryResult deliver(Delivery delivery);

    /**
     * Returns how long to wait before the given next attempt (2 for the first retry), or empty to give up.
     */
    Optional<Duration> retryDelay(int nextAttempt);

    /** Called once, in a transaction, when the outbox gives up on a message after its last attempt. */
    default void gaveUp(Delivery delivery, DeliveryResult lastResult) {
    }
}
