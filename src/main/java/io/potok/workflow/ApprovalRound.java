package io.potok.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The approvals of one stay of a task in a step: each assignee with their decision so far.
 *
 * @param step the step number
 * @param mode whether one decision or every approval is needed
 * @param choices each assignee's decision, in the order the requests were made
 */
public record ApprovalRound(int step, StepAssignment.Mode mode, Map<Long, ApprovalChoice> choices) {

    public ApprovalRound {
        choices = new LinkedHashMap<>(choices);
    }

    /**
     * Records an approval and tells whether the step is passed.
     *
     * @throws IllegalStateException when the member is not waiting on this round; callers check
     *         {@link #isWaitingFor(long)} first and raise their own named error
     */
    public Outcome approve(long memberId) {
        decide(memberId, ApprovalChoice.APPROVED);

        boolean everyoneApproved = choices.values().stream().allMatch(ApprovalChoice.APPROVED::equals);
        return mode == StepAssignment.Mode.ANY_ONE || everyoneApproved ? Outcome.PASSED : Outcome.WAITING;
    }

    /** Records a rejection; one rejection rejects the step in both modes. */
    public Outcome reject(long memberId) {
        decide(memberId, ApprovalChoice.REJECTED);
        return Outcome.REJECTED;
    }

    public boolean isWaitingFor(long memberId) {
        return choices.get(memberId) == ApprovalChoice.WAITING;
    }

    private void decide(long memberId, ApprovalChoice choice) {
        if (!isWaitingFor(memberId)) {
            throw new IllegalStateException("Member " + memberId + " is not waiting on step " + step);
        }
        choices.put(memberId, choice);
    }

    /**
     * The state of a step after a decision.
     */
    public enum Outcome {
        /** Other approvals are still needed. */
        WAITING,
        /** The step is approved; the task moves to the next applicable step. */
        PASSED,
        /** The step is rejected; the task returns to the step's reject target or closes as rejected. */
        REJECTED
    }
}
