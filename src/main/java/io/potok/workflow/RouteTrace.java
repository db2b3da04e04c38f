package io.potok.workflow;

import java.util.List;
import java.util.Set;

/**
 * The path a task with given values would take through a route if every step were approved, as the route
 * designer's test mode shows it. Nothing is stored.
 *
 * @param steps every step of the route in order, each taken or skipped with the reason
 */
public record RouteTrace(List<StepTrace> steps) {

    public RouteTrace {
        steps = List.copyOf(steps);
    }

    /** Returns the steps the task would enter, in order. */
    public List<StepTrace> taken() {
        return steps.stream().filter(step -> step.outcome() == Outcome.TAKEN).toList();
    }

    /**
     * One step of the route with what happens to the task there.
     *
     * @param step the step number
     * @param name the step name
     * @param outcome whether the task enters the step, or why it skips it
     * @param mode the decision mode of the step's assignees; null when skipped
     * @param assigneeIds the members who would decide the step; empty when skipped
     * @param authorApproves the author is an "any one" assignee, so their approval is recorded automatically
     *        when the task reaches the step at creation
     */
    public record StepTrace(int step, String name, Outcome outcome, StepAssignment.Mode mode, Set<Long> assigneeIds,
                            boolean authorApproves) {

        public StepTrace {
            assigneeIds = Set.copyOf(assigneeIds);
        }
    }

    /**
     * The outcome of a step for a task.
     */
    public enum Outcome {
        /** The task enters the step. */
        TAKEN,
        /** The step's condition does not hold for the values. */
        CONDITION_FALSE,
        /** The condition holds, but no assignee rule matches or resolves to a member. */
        NO_ASSIGNEE
    }
}
