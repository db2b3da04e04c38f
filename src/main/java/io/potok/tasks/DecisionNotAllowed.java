package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * A decision or action the member may not take on the task now. The reason picks the message
 * {@code error.decision_not_allowed.<reason>}.
 */
public class DecisionNotAllowed extends PotokException {

    private final Reason reason;

    public DecisionNotAllowed(Reason reason, long taskId, Object step) {
        super("decision_not_allowed", reason.status, taskId, step == null ? "-" : step);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "error.decision_not_allowed." + reason.name().toLowerCase();
    }

    /**
     * The reason the decision was rejected.
     */
    public enum Reason {
        /** The member is not waiting to decide the current step. */
        NOT_ASSIGNEE(403),
        /** The task is closed; reopen it first. */
        TASK_CLOSED(409),
        /** The task is open, so it cannot be reopened. */
        TASK_OPEN(409),
        /** The task has no route (a simple task) or no earlier step to return to. */
        NO_PREVIOUS_STEP(409),
        /** Only a current assignee, a form manager or an administrator may reassign or finish a step. */
        NOT_MANAGER(403),
        /** A simple task has no steps to approve or reject. */
        NO_ROUTE(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }
    }
}
