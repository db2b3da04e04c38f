package io.potok.tasks;

/**
 * Published in the transaction of every accepted change to a task, creation included, after everything the
 * change does has been written. Listeners that change the task again run inside that transaction.
 *
 * @param task the task after the change
 * @param actorId the member (or bot) who made the change
 * @param created whether this change created the task
 * @param facts what the change did, for rules, bots and webhooks
 * @param imported whether the change came through {@link Tasks#importTask} or {@link Tasks#importChange},
 *        which replay past history (imports, demo data), so automation rules do not react to it
 */
public record TaskChanged(TaskSnapshot task, long actorId, boolean created, TaskChangeFacts facts,
                          boolean imported) {

    public TaskChanged {
        facts = facts == null ? TaskChangeFacts.NONE : facts;
    }

    public TaskChanged(TaskSnapshot task, long actorId, boolean created, TaskChangeFacts facts) {
        this(task, actorId, created, facts, false);
    }

    public TaskChanged(TaskSnapshot task, long actorId, boolean created) {
        this(task, actorId, created, TaskChangeFacts.NONE);
    }
}
