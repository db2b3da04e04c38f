package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * No task list with this id exists in the organisation.
 */
public class TaskListNotFound extends PotokException {

    public TaskListNotFound(long listId) {
        super("list_not_found", 404, String.valueOf(listId));
    }
}
