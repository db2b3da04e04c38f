package io.potok.tasks.web;

import io.potok.tasks.Inbox;

/**
 * One inbox row.
 *
 * @param item the task as the inbox lists it
 * @param formName the form's name, empty for a simple task
 * @param stepName the name of the step the task waits on in the form's current version, empty when none
 * @param overdue whether the open task is past its due time or its step's due time
 */
public record InboxEntry(Inbox.InboxItem item, String formName, String stepName, boolean overdue) {

    public boolean decisionWaiting() {
        return item.reasons().contains(Inbox.Reason.DECISION);
    }

    public boolean unreadComments() {
        return item.reasons().contains(Inbox.Reason.UNREAD_COMMENTS);
    }

    public boolean reminded() {
        return item.reasons().contains(Inbox.Reason.REMINDER);
    }
}
