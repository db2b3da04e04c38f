package io.potok.automation.internal.webhooks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskOverdue;
import io.potok.tasks.TaskSnapshot;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers, for the current transaction, the latest snapshot of each task that a task event carried. A rule's
 * {@code call_webhook} request names only the task id, but the webhook needs the task's author and form. The
 * rule runs from one of these events, and this listener runs before any other listener of them.
 */
@Component
class RecentSnapshots {

    private final Object resourceKey = new Object();

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(TaskChanged change) {
        remember(change.task());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(TaskOverdue overdue) {
        remember(overdue.task());
    }

    /** Returns the task's snapshot from an event earlier in this transaction, or empty when none carried it. */
    Optional<TaskSnapshot> find(long taskId) {
        return Optional.ofNullable(snapshots()).map(known -> known.get(taskId));
    }

    private void remember(TaskSnapshot task) {
        Map<Long, TaskSnapshot> known = snapshots();
        if (known == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            known = new HashMap<>();
            bind(known);
        }
        if (known != null) {
            known.put(task.taskId(), task);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Long, TaskSnapshot> snapshots() {
        return (Map<Long, TaskSnapshot>) TransactionSynchronizationManager.getResource(resourceKey);
    }

    private void bind(Map<Long, TaskSnapshot> known) {
        TransactionSynchronizationManager.bindResource(resourceKey, known);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
            }
        });
    }
}
