package io.potok.automation.internal.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes delivery attempts for due outbox messages and stores how each ended: delivered, retried after the
 * handler's delay, or given up. The db-scheduler tasks in {@link OutboxSchedule} call it with the clock's
 * time, and tests call it with an explicit "now".
 */
@Component
public class OutboxDispatcher {

    /**
     * How long a claimed attempt keeps other nodes away from its message. It must outlast any handler's
     * timeout; when a node stops mid-attempt, the message is tried again once the lease runs out.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    private static final int BATCH_SIZE = 20;
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final Map<String, OutboundHandler> handlers;
    private final TransactionTemplate transactions;

    OutboxDispatcher(OutboxStore store, List<OutboundHandler> handlers, TransactionTemplate transactions) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboundHandler::kind, Function.identity()));
        this.transactions = transactions;
    }

    /**
     * Makes one attempt for every message due at {@code now}, batch by batch, and returns how many attempts it
     * made. Retries scheduled during the run fall after {@code now}, so the run ends.
     */
    public int runDue(Instant now) {
        long started = System.nanoTime();
        int attempts = 0;
        List<ClaimedMessage> batch = store.claimDue(now, now.plus(CLAIM_LEASE), BATCH_SIZE);
        while (!batch.isEmpty()) {
            for (ClaimedMessage claimed : batch) {
                attempt(claimed, now.plusNanos(System.nanoTime() - started));
            }
            attempts += batch.size();
            batch = store.claimDue(now, now.plus(CLAIM_LEASE), BATCH_SIZE);
        }
        return attempts;
    }

    /** Makes one attempt for the message when it is pending and due at {@code now}; returns whether it did. */
    public boolean deliverIfDue(UUID deliveryId, Instant now) {
        Optional<ClaimedMessage> claimed = store.claimIfDue(deliveryId, now, now.plus(CLAIM_LEASE));
        claimed.ifPresent(message -> attempt(message, now));
        return claimed.isPresent();
    }

    private void attempt(ClaimedMessage claimed, Instant startedAt) {
        long started = System.nanoTime();
        DeliveryResult result = deliver(claimed);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        transactions.executeWithoutResult(status -> record(claimed, startedAt, result, took));
    }

    private DeliveryResult deliver(ClaimedMessage claimed) {
        OutboundHandler handler = handlers.get(claimed.message().kind());
        if (handler == null) {
            return DeliveryResult.refused("No handler delivers messages of kind " + claimed.message().kind());
        }
        try {
            return handler.deliver(claimed.delivery());
        } catch (RuntimeException e) {
            log.warn("Outbox handler {} failed on delivery {} attempt {}", handler.kind(), claimed.deliveryId(),
                    claimed.attempt(), e);
            return DeliveryResult.failure(null, "Unexpected error: " + e);
        }
    }

    private void record(ClaimedMessage claimed, Instant startedAt, DeliveryResult result, Duration took) {
        store.insertAttempt(claimed, startedAt, result, took);
        Instant finishedAt = startedAt.plus(took);
        boolean stored;
        if (result.delivered()) {
            stored = store.finishAttempt(claimed, "delivered", null, finishedAt, result);
        } else {
            Optional<Duration> delay = retryDelay(claimed, result);
            stored = delay.isPresent()
                    ? store.finishAttempt(claimed, "pending", finishedAt.plus(delay.get()), null, result)
                    : giveUp(claimed, result);
        }
        logOutcome(claimed, result, stored);
    }

    private Optional<Duration> retryDelay(ClaimedMessage claimed, DeliveryResult result) {
        OutboundHandler handler = handlers.get(claimed.message().kind());
        if (!result.retryable() || handler == null) {
            return Optional.empty();
        }
        return handler.retryDelay(claimed.roundAttempt() + 1);
    }

    private boolean giveUp(ClaimedMessage claimed, DeliveryResult result) {
        boolean stored = store.finishAttempt(claimed, "failed", null, null, result);
        OutboundHandler handler = handlers.get(claimed.message().kind());
        if (stored && handler != null) {
            handler.gaveUp(claimed.delivery(), result);
        }
        return stored;
    }

    private static void logOutcome(ClaimedMessage claimed, DeliveryResult result, boolean stored) {
        OutboundMessage message = claimed.message();
        if (!stored) {
            log.warn("Outbox {} delivery {} attempt {} ended after its claim ran out; another attempt took over",
                    message.kind(), claimed.deliveryId(), claimed.attempt());
        } else if (result.delivered()) {
            log.info("Outbox {} delivery {} to {} delivered on attempt {}", message.kind(), claimed.deliveryId(),
                    message.target(), claimed.attempt());
        } else {
            log.warn("Outbox {} delivery {} to {} failed on attempt {} (status {}): {}", message.kind(),
                    claimed.deliveryId(), message.target(), claimed.attempt(), result.status(), result.error());
        }
    }
}
