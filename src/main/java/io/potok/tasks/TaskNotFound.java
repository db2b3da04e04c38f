package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * No task with the id exists in the member's organisation.
 */
public class TaskNotFound extends PotokException {

    public TaskNotFound(long taskId) {
        super("task_not_found", 404, taskId);
    }
}
