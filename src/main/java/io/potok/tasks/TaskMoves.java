package io.potok.tasks;

import java.util.List;
import java.util.Set;

import io.potok.identity.CurrentMember;
import io.potok.workflow.RouteLanding;

/**
 * Moves a form's open tasks from the versions they were created on to the form's current version. By
 * default a task stays on its version, and only an administrator of the organisation or of the form moves
 * them, after a preview. Field values are kept as stored, including those of fields the new version lacks.
 */
public interface TaskMoves {

    /**
     * Lists every open task of the form on an older version with where it would land now.
     *
     * @throws io.potok.forms.FormNotFound when the organisation has no such form
     * @throws io.potok.forms.FormAccessDenied when the member administers neither the organisation nor the form
     */
    List<PlannedMove> preview(CurrentMember admin, long formId);

    /**
     * Moves every open task of the form on an older version to the current version, in batches of one
     * transaction each. Each task lands as {@link #preview} shows it at that moment, gets a history entry,
     * and publishes {@link TaskChanged}. The form's history records the move.
     *
     * @return the number of tasks moved
     * @throws io.potok.forms.FormNotFound when the organisation has no such form
     * @throws io.potok.forms.FormAccessDenied when the member administers neither the organisation nor the form
     */
    int moveAll(CurrentMember admin, long formId);

    /**
     * One open task and where it lands on the current version.
     *
     * @param taskId the task
     * @param subject the task's subject
     * @param fromVersion the form version the task follows now
     * @param toVersion the form's current version
     * @param currentStep the step the task waits on, null when it waits on none
     * @param currentStepName that step's name in the task's version, empty when none
     * @param landing stays on its step, goes to the next applicable step, or closes
     * @param targetStep the step it lands on, null when it closes
     * @param targetStepName that step's name in the current version, empty when it closes
     * @param assigneeIds who decides the step it lands on, empty when it closes
     */
    record PlannedMove(long taskId, String subject, int fromVersion, int toVersion, Integer currentStep,
                       String currentStepName, RouteLanding.Kind landing, Integer targetStep, String targetStepName,
                       Set<Long> assigneeIds) {

        public PlannedMove {
            assigneeIds = Set.copyOf(assigneeIds);
        }
    }
}
