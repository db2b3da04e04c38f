package io.potok.automation.internal.outbox;

import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox on the {@code outbox_messages} table. A message is inserted in the caller's transaction, and once
 * that commits, its first attempt is scheduled as an immediate db-scheduler execution. If scheduling fails or
 * the node stops first, the recurring poll in {@link OutboxSchedule} delivers it within a few seconds.
 */
@Component
class TransactionalOutbox implements Outbox {

    private static final Logger log = LoggerFactory.getLogger(TransactionalOutbox.class);

    private final OutboxStore store;
    private final SchedulerClient scheduler;
    private final Clock clock;

    // The scheduler is built from the task beans, which need the dispatcher, so it comes lazily.
    TransactionalOutbox(OutboxStore store, @Lazy SchedulerClient scheduler, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public UUID enqueue(OutboundMessage message) {
        UUID deliveryId = UUID.randomUUID();
        store.insert(deliveryId, message, clock.instant());
        deliverAfterCommit(deliveryId);
        return deliveryId;
    }

    @Override
    public void redeliver(long orgId, UUID deliveryId) {
        if (store.requeue(orgId, deliveryId, clock.instant())) {
            log.info("Outbox delivery {} of organisation {} queued again", deliveryId, orgId);
            deliverAfterCommit(deliveryId);
            return;
        }
        if (store.status(orgId, deliveryId).isEmpty()) {
            throw new IllegalArgumentException("No outbox delivery " + deliveryId + " in organisation " + orgId);
        }
        // NOTE: a pending message is already queued; it keeps its scheduled attempt.
    }

    private void deliverAfterCommit(UUID deliveryId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            scheduleAttempt(deliveryId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduleAttempt(deliveryId);
            }
        });
    }

    private void scheduleAttempt(UUID deliveryId) {
        try {
            scheduler.scheduleIfNotExists(
                    OutboxSchedule.DELIVERY_TASK.instance(deliveryId.toString()).build(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Outbox delivery {} could not be scheduled at once; the poll will deliver it", deliveryId, e);
        }
    }
}
