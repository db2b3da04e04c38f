package io.potok.workflow;

import java.util.Set;

/**
 * A route step resolved for one task: who decides it and how.
 *
 * @param step the step number
 * @param name the step name
 * @param mode whether any one assignee decides or every assignee must approve
 * @param assigneeIds the members who decide, never empty
 * @param rejectToStep on reject, the earlier step the task returns to; null closes the task as rejected
 */
public record StepAssignment(int step, String name, Mode mode, Set<Long> assigneeIds, Integer rejectToStep) {

    public StepAssignment {
        assigneeIds = Set.copyOf(assigneeIds);
    }

    public boolean isAssignee(long memberId) {
        return assigneeIds.contains(memberId);
    }

    /**
     * The decision mode of a step's assignees.
     */
    public enum Mode {
        /** One assignee's decision moves the task on (named members, a role, the author, a person field, a head). */
        ANY_ONE,
        /** Parallel approval: every assignee must approve, one rejection rejects. */
        ALL_OF;

        public String wireName() {
            return name().toLowerCase();
        }

        public static Mode fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }
}
