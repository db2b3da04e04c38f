package io.potok.tasks;

import java.time.Instant;

/**
 * The overdue sweep that publishes {@link TaskOverdue}. A scheduled task runs it every minute with the
 * current time. Tests run it with a moment of their choice, so they need not wait for a due time to pass.
 */
public interface OverdueTasks {

    /**
     * Publishes {@link TaskOverdue} for every due moment passed by {@code now} that has not been published,
     * each in its own transaction, and returns how many were published.
     */
    int publishOverdue(Instant now);
}
