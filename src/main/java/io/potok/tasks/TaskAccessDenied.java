package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * The task exists but the member may not see it: they take no part in it and do not manage its form.
 */
public class TaskAccessDenied extends PotokException {

    public TaskAccessDenied(long taskId) {
        super("access_denied_task", 403, taskId);
    }
}
