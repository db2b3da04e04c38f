package io.potok.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.forms.FieldValues;
import io.potok.identity.CurrentMember;
import tools.jackson.databind.JsonNode;

/**
 * Creates tasks, changes them and reads them. Every accepted change runs in one transaction, is written to
 * the task's history with a comment, and publishes {@link TaskChanged} in that transaction.
 */
public interface Tasks {

    /**
     * Creates a form task or a simple task as the member, now. A form task enters the first applicable step
     * of its route. While the author is an "any one" assignee of the step it enters, the author's approval is
     * recorded automatically and the task moves on.
     *
     * @return the new task as its author sees it
     * @throws io.potok.forms.FormNotFound when the form does not exist or is archived
     * @throws io.potok.forms.FormAccessDenied when the member may not create tasks on the form
     * @throws io.potok.forms.FieldValueInvalid when a value does not fit its field; nothing is saved
     * @throws io.potok.forms.FieldValueRequired when a field required at creation (or at a step the author
     *         approves automatically) is empty; nothing is saved
     */
    TaskView create(CurrentMember author, NewTask task);

    /**
     * Creates a task on behalf of a member at a past time, for imports and demo data. Form access is not
     * checked, because the importer vouches for the author; values are validated as in
     * {@link #create(CurrentMember, NewTask)}.
     *
     * @param orgId the organisation
     * @param authorId the member recorded as author and actor
     * @param createdAt the creation time recorded on the task, its history and its first step
     * @return the new task id
     */
    long importTask(long orgId, long authorId, Instant createdAt, NewTask task);

    /**
     * Applies one change as the member, now. See {@link TaskChange} for the order of its parts.
     *
     * @return the task after the change
     * @throws TaskNotFound when no such task exists in the member's organisation
     * @throws TaskAccessDenied when the member may not see the task
     * @throws TaskChangedConcurrently when a stale change touches fields changed since its version
     * @throws DecisionNotAllowed when the member may not take the requested decision now
     */
    TaskView change(CurrentMember actor, long taskId, TaskChange change);

    /**
     * Applies a change on behalf of a member at a past time, for imports and demo data. Visibility is not
     * checked; decisions are checked as in {@link #change(CurrentMember, long, TaskChange)}.
     */
    void importChange(long orgId, long actorId, Instant at, long taskId, TaskChange change);

    /**
     * Applies a change as an automation rule, now, with the bot member {@code actorId} as the actor. Visibility
     * and form access are not checked, because the form's managers configured the rule. A decision is taken
     * for the whole current step, whoever it waits for. A reassignment without {@code reassignFrom} hands every
     * waiting approval of the current step and the responsibility to {@code reassignTo}. The history records
     * the rule's name with the change.
     *
     * @throws TaskNotFound when no such task exists in the organisation
     * @throws DecisionNotAllowed when the task's state does not allow the decision or action
     * @throws io.potok.forms.FieldValueInvalid when a value does not fit its field; nothing is saved
     */
    void applyAsRule(long orgId, long actorId, String ruleName, long taskId, TaskChange change);

    /**
     * Moves an open form task to the given step of its route as an automation rule, now, with fresh approval
     * requests; the step's condition is not checked.
     *
     * @throws TaskNotFound when no such task exists in the organisation
     * @throws DecisionNotAllowed when the task is closed, has no route, or the step resolves to no assignee
     */
    void moveAsRule(long orgId, long actorId, String ruleName, long taskId, int step);

    /**
     * Returns how many open tasks each member is responsible for, for picking the least busy member; members
     * without open tasks map to 0.
     */
    Map<Long, Integer> openTaskCounts(long orgId, Collection<Long> memberIds);

    /** Returns the task as its events show it, now; empty when the organisation has no such task. */
    Optional<TaskSnapshot> snapshot(long orgId, long taskId);

    /** Returns every open task of the form as its events show it, oldest first, for rules run on a schedule. */
    List<TaskSnapshot> openTasks(long orgId, long formId);

    /**
     * Applies field updates to a copy of a form task's values, as a change would, and returns the result
     * without saving anything or writing history: for a page that shows computed fields and visibility
     * while the user types. Read-only steps and unique values are not checked.
     *
     * @throws TaskNotFound when no such task exists in the member's organisation
     * @throws TaskAccessDenied when the member may not see the task
     * @throws DecisionNotAllowed when the task has no form
     * @throws io.potok.forms.FieldValueInvalid when a value does not fit its field
     */
    FieldValues.ValuesChange preview(CurrentMember viewer, long taskId, List<JsonNode> fieldUpdates);

    /**
     * Reads a task for the member and marks its comments read for them.
     *
     * @throws TaskNotFound when no such task exists in the member's organisation
     * @throws TaskAccessDenied when the member may not see the task
     */
    TaskView view(CurrentMember viewer, long taskId);
}
