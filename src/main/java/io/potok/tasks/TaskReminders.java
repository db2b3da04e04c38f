package io.potok.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.potok.identity.CurrentMember;

/**
 * Per-member reminders and deferrals of tasks. A reminder puts the task at the top of the member's inbox,
 * marked, once its time comes. A deferral hides the task from the member's inbox until the start of a date in
 * the member's time zone, or until someone else changes the task. Each member has at most one of each per
 * task, and setting one again replaces it.
 */
public interface TaskReminders {

    /**
     * Reads the member's reminder and deferral of the task.
     *
     * @throws TaskNotFound when no such task exists in the member's organisation
     * @throws TaskAccessDenied when the member may not see the task
     */
    MemberReminders of(CurrentMember member, long taskId);

    /**
     * Sets the member's reminder at a local date and time in the member's time zone.
     *
     * @throws ReminderTimeInvalid when that time is not in the future
     */
    void remind(CurrentMember member, long taskId, LocalDateTime at);

    void cancelReminder(CurrentMember member, long taskId);

    /**
     * Hides the task from the member's inbox until the start of {@code until} in the member's time zone.
     *
     * @throws DeferralDateInvalid when the date is today or earlier
     */
    void defer(CurrentMember member, long taskId, LocalDate until);

    void cancelDeferral(CurrentMember member, long taskId);

    /**
     * A member's reminder and deferral of one task.
     *
     * @param remindAt when the reminder is due (UTC), or null when none is set
     * @param reminded whether the reminder has fired and the member has not viewed the task since
     * @param deferredUntil when the deferral ends (UTC), or null when the task is not deferred
     */
    record MemberReminders(Instant remindAt, boolean reminded, Instant deferredUntil) {
    }
}
