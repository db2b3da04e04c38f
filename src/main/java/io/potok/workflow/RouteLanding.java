package io.potok.workflow;

import java.util.Optional;

/**
 * The landing place of an open task that moves to another version of its form's route.
 *
 * @param kind stays on its step, moves to the next applicable step, or closes
 * @param assignment the step entered with its assignees; null when the task closes
 */
public record RouteLanding(Kind kind, StepAssignment assignment) {

    public static RouteLanding closes() {
        return new RouteLanding(Kind.CLOSES, null);
    }

    public Optional<StepAssignment> step() {
        return Optional.ofNullable(assignment);
    }

    /**
     * The kinds of landing.
     */
    public enum Kind {
        /** The task's current step exists in the new version and applies to the task's values. */
        SAME_STEP,
        /** The current step is gone or no longer applies; the task goes to the next applicable step. */
        NEXT_STEP,
        /** No step after the current one applies, so the task closes as approved. */
        CLOSES;

        public String wireName() {
            return name().toLowerCase();
        }
    }
}
