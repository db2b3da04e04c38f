package io.potok.tasks;

import java.time.Instant;

/**
 * Published once when an open task passes a due moment: its own due date or time, or the due time of the step
 * it waits on. A task that is overdue again later (a new step, a new due date) publishes again.
 *
 * @param task the task as it is now
 * @param dueAt the moment that passed
 * @param step the step whose due time passed, or null when it is the task's own due date or time
 */
public record TaskOverdue(TaskSnapshot task, Instant dueAt, Integer step) {
}
