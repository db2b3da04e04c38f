package io.potok.tasks;

import java.util.List;
import java.util.Set;

/**
 * The effects of one accepted change on a task, read from the history it wrote.
 *
 * @param changedFieldIds fields whose value changed, nested ones included
 * @param enteredSteps steps the task entered, in order; a change can pass several steps that approve
 *        themselves
 * @param decision {@code approved} or {@code rejected} when the change decided on a step, else null
 * @param decidedStep the step decided on, or null
 * @param commentText the comment's text when the change added one, else null
 * @param closed whether the change closed the task
 * @param reopened whether the change reopened the task
 * @param waitingApproverIds members whose decision the current step waits for after the change
 */
public record TaskChangeFacts(Set<Integer> changedFieldIds, List<Integer> enteredSteps, String decision,
                              Integer decidedStep, String commentText, boolean closed, boolean reopened,
                              Set<Long> waitingApproverIds) {

    public static final TaskChangeFacts NONE = new TaskChangeFacts(Set.of(), List.of(), null, null, null,
            false, false, Set.of());

    public TaskChangeFacts {
        changedFieldIds = changedFieldIds == null ? Set.of() : Set.copyOf(changedFieldIds);
        enteredSteps = enteredSteps == null ? List.of() : List.copyOf(enteredSteps);
        waitingApproverIds = waitingApproverIds == null ? Set.of() : Set.copyOf(waitingApproverIds);
    }

    public boolean commented() {
        return commentText != null;
    }
}
