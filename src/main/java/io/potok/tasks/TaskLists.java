package io.potok.tasks;

import java.util.List;

/**
 * The organisation's task lists (Pyrus "lists"). A project field contains the lists a task is in.
 */
public interface TaskLists {

    /** Returns the organisation's lists ordered by name, parents and children alike. */
    List<TaskList> list(long orgId);

    /**
     * Creates a list.
     *
     * @param parentId the list it sits under, or null for a top-level list
     * @throws TaskListNotFound when the parent is not a list of the organisation
     */
    TaskList create(long orgId, String name, Long parentId);

    /**
     * A task list.
     *
     * @param id list id
     * @param name the name users see
     * @param parentId the list it sits under, null for a top-level list
     */
    record TaskList(long id, String name, Long parentId) {
    }
}
