package io.potok.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.potok.identity.CurrentMember;

/**
 * The tasks waiting for a member: decisions on a current step, open tasks they are responsible for, and
 * tasks they follow with comments from others they have not seen since. A member follows a task as its
 * author, responsible, subscriber or an approver asked on its current step. Tasks whose reminder fired come
 * first, latest reminder first, then the rest by newest activity. A task the member deferred is left out until
 * the deferral ends, unless its reminder fired.
 */
public interface Inbox {

    /**
     * Lists the member's inbox.
     *
     * @param limit the maximum number of tasks returned
     */
    List<InboxItem> of(CurrentMember member, int limit);

    /**
     * One task in an inbox.
     *
     * @param taskId task id
     * @param formId the form, null for a simple task
     * @param subject the task's subject
     * @param currentStep the step it waits on, null for a simple or closed task
     * @param closed whether it is closed
     * @param lastActivityAt time of the last change or comment (UTC)
     * @param dueDate the due date, null when none
     * @param due the due time (UTC), null when none
     * @param reasons why it is in the inbox
     * @param stepDue when the current step is due (UTC), null when the step has no due time
     */
    record InboxItem(long taskId, Long formId, String subject, Integer currentStep, boolean closed,
                     Instant lastActivityAt, LocalDate dueDate, Instant due, Set<Reason> reasons, Instant stepDue) {

        /**
         * Tells whether the task is open and past its due time, its due date or its step's due time.
         *
         * @param zone the zone whose calendar day ends a due date
         */
        public boolean overdueAt(Instant now, ZoneId zone) {
            if (closed) {
                return false;
            }
            boolean taskOverdue = due != null ? due.isBefore(now)
                    : dueDate != null && dueDate.isBefore(now.atZone(zone).toLocalDate());
            return taskOverdue || (stepDue != null && stepDue.isBefore(now));
        }
    }

    /**
     * The reason a task is in an inbox.
     */
    enum Reason {
        /** The member is asked to decide the current step. */
        DECISION,
        /** The member is responsible for the open task. */
        RESPONSIBLE,
        /** The member follows the task and has not seen a comment someone else wrote on it. */
        UNREAD_COMMENTS,
        /** The member's reminder on the task fired and the member has not viewed the task since. */
        REMINDER
    }
}
