package io.potok.tasks;

/**
 * Published in the transaction of every accepted change to a task, creation included.
 *
 * @param task the task after the change
 * @param actorId the member (or bot) who made the change
 * @param created whether this change created the task
 */
public record TaskChanged(TaskSnapshot task, long actorId, boolean created) {
}
