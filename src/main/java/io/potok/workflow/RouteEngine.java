package io.potok.workflow;

import java.util.Optional;
import java.util.Set;

import io.potok.forms.Condition;
import io.potok.forms.RouteDefinition;

/**
 * Decides where a task goes on its form's route and who decides each step.
 *
 * <p>A step applies when its condition holds and one of its assignee rules matches: the rule's own condition
 * holds and it resolves to at least one member. Steps that do not apply are skipped; when no step is left,
 * the task closes.
 */
public interface RouteEngine {

    /**
     * Finds the first applicable step after the given one.
     *
     * @param afterStep the step the task leaves, 0 when it is created
     * @return the next step with its assignees, or empty when the task closes
     */
    Optional<StepAssignment> nextStep(RouteContext context, int afterStep);

    /**
     * Resolves the assignees of a given step, as when a task returns to it or is reopened on it. The step's
     * own condition is not checked, because the task already went through it.
     *
     * @return empty when the step does not exist or none of its assignee rules resolves to a member
     */
    Optional<StepAssignment> resolve(RouteContext context, int step);

    /**
     * Resolves an assignee rule to members for the task, as a step would: roles to their members who are not
     * blocked, person fields and catalog columns to the members they name.
     */
    Set<Long> assigneesOf(RouteDefinition.Assignees who, RouteContext context);

    /** Tells whether the condition holds for the task's values; a null condition always holds. */
    boolean holds(Condition condition, RouteContext context);

    /**
     * Walks the whole route for the values as if every step were approved, and returns for each step whether
     * the task enters it and who would decide it. The context's form may be an unpublished draft.
     */
    RouteTrace trace(RouteContext context);

    /**
     * Decides where an open task lands on another version of its route. It stays on its current step when
     * that step exists there and applies to the task's values. Otherwise it goes to the next applicable step
     * after that number, and closes when there is none.
     *
     * @param context the task's values and author with the version the task moves to
     * @param currentStep the step the task waits on in its old version
     */
    RouteLanding landing(RouteContext context, int currentStep);
}
