package io.potok.tasks;

import java.util.List;

import io.potok.identity.CurrentMember;

/**
 * Finds tasks a member may see by their subject or number, for pickers such as the one of a form_link field.
 */
public interface TaskSearch {

    /**
     * Returns the newest tasks of the form that the member may see and whose subject contains the text
     * (ignoring case) or whose number is the text. A blank text matches every such task.
     *
     * @param limit the maximum number of tasks returned
     */
    List<FoundTask> onForm(CurrentMember member, long formId, String text, int limit);

    /**
     * A task found.
     *
     * @param id task id
     * @param subject the task's subject
     */
    record FoundTask(long id, String subject) {
    }
}
