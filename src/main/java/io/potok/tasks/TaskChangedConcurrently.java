package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * A change was made on a stale version of the task and touches fields that someone changed since.
 * Nothing of the change is applied; the client reloads the task and repeats it.
 */
public class TaskChangedConcurrently extends PotokException {

    /**
     * @param taskId the task
     * @param expectedVersion the version the client saw
     * @param changes the fields changed since and who changed them, as "Total (Anna Petrova), Client (Ivan Ivanov)"
     */
    public TaskChangedConcurrently(long taskId, int expectedVersion, String changes) {
        super("task_changed_concurrently", 409, taskId, expectedVersion, changes);
    }

    public String changes() {
        return (String) arguments()[2];
    }
}
