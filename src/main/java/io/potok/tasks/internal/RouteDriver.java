package io.potok.tasks.internal;

import java.util.List;
import java.util.Optional;

import io.potok.forms.FieldValues;
import io.potok.forms.RouteDefinition;
import io.potok.tasks.DecisionNotAllowed;
import io.potok.tasks.DecisionNotAllowed.Reason;
import io.potok.workflow.ApprovalChoice;
import io.potok.workflow.ApprovalRound;
import io.potok.workflow.RouteEngine;
import io.potok.workflow.StepAssignment;
import io.potok.workflow.StepDueTimes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Moves a form task along its route: enters and leaves steps, records decisions and closes or reopens it.
 * Every move is written to the operation's journal.
 */
@Component
class RouteDriver {

    private final RouteEngine engine;
    private final RouteLog routeLog;
    private final FieldValues fieldValues;
    private final StepDueTimes dueTimes;

    RouteDriver(RouteEngine engine, RouteLog routeLog, FieldValues fieldValues, StepDueTimes dueTimes) {
        this.engine = engine;
        this.routeLog = routeLog;
        this.fieldValues = fieldValues;
        this.dueTimes = dueTimes;
    }

    /**
     * Puts a new task on its first applicable step. While the author is an "any one" assignee of the step
     * entered, their approval is recorded automatically and the task moves on.
     */
    void start(Operation operation) {
        int after = 0;
        while (true) {
            Optional<StepAssignment> next = engine.nextStep(operation.routeContext(), after);
            if (next.isEmpty()) {
                close(operation, "approved");
                return;
            }
            enter(operation, next.get());
            if (!decidesAlone(next.get(), operation.task.authorId)) {
                return;
            }
            approveAutomatically(operation);
            after = next.get().step();
        }
    }

    void approve(Operation operation) {
        ApprovalRound round = waitingRound(operation);
        fieldValues.checkRequired(operation.form, operation.task.values, operation.task.currentStep);

        ApprovalRound.Outcome outcome = round.approve(operation.actorId);
        routeLog.recordDecision(operation.task, operation.actorId, ApprovalChoice.APPROVED, operation.at, false);
        operation.journal.record("approved", null, stepNode(operation.task.currentStep));

        if (outcome == ApprovalRound.Outcome.PASSED) {
            moveOn(operation);
        }
    }

    void reject(Operation operation) {
        ApprovalRound round = waitingRound(operation);
        int step = operation.task.currentStep;

        round.reject(operation.actorId);
        routeLog.recordDecision(operation.task, operation.actorId, ApprovalChoice.REJECTED, operation.at, false);
        operation.journal.record("rejected", null, stepNode(step));
        routeLog.leave(operation.task, operation.at);

        Integer rejectTo = operation.form.definition().route().step(step)
                .map(RouteDefinition.Step::rejectToStep).orElse(null);
        if (rejectTo == null) {
            close(operation, "rejected");
        } else {
            enterAgain(operation, rejectTo);
        }
    }

    /** Sends the task back to the step it was on before the current one. */
    void returnToPrevious(Operation operation, boolean actorManagesForm) {
        requireOpenStep(operation);
        requireAssigneeOrManager(operation, actorManagesForm);
        Integer previous = routeLog.previousStep(operation.task)
                .orElseThrow(() -> new DecisionNotAllowed(Reason.NO_PREVIOUS_STEP, operation.task.id,
                        operation.task.currentStep));

        operation.journal.record("returned", stepNode(operation.task.currentStep), stepNode(previous));
        routeLog.leave(operation.task, operation.at);
        enterAgain(operation, previous);
    }

    /** Reopens a closed form task on the step it was closed on. */
    void reopen(Operation operation) {
        TaskRecord task = operation.task;
        Optional<Integer> lastStep = routeLog.lastStep(task.id);
        task.closed = false;
        task.closedAt = null;
        task.resolution = null;
        operation.journal.record("reopened");

        if (lastStep.isPresent()) {
            enterAgain(operation, lastStep.get());
        } else {
            start(operation);
        }
    }

    /** Closes the task off its route, as a manager's {@code finished} action. */
    void finish(Operation operation) {
        routeLog.leave(operation.task, operation.at);
        close(operation, null);
    }

    /** Hands an assignee's waiting request on the current step to another member. */
    void reassign(Operation operation, long from, long to, boolean actorManagesForm) {
        requireOpenStep(operation);
        if (from != operation.actorId) {
            requireAssigneeOrManager(operation, actorManagesForm);
        }
        if (!routeLog.currentRound(operation.task).isWaitingFor(from)) {
            throw new DecisionNotAllowed(Reason.NOT_ASSIGNEE, operation.task.id, operation.task.currentStep);
        }
        routeLog.replaceAssignee(operation.task, from, to, operation.at);
    }

    /**
     * Decides the current step as an automation rule does: for the whole step, whoever it waits for. Waiting
     * requests are kept as skipped.
     */
    void decideForStep(Operation operation, boolean approved) {
        requireOpenStep(operation);
        int step = operation.task.currentStep;
        if (!approved) {
            operation.journal.record("rejected", null, stepNode(step));
            routeLog.leave(operation.task, operation.at);
            Integer rejectTo = operation.form.definition().route().step(step)
                    .map(RouteDefinition.Step::rejectToStep).orElse(null);
            if (rejectTo == null) {
                close(operation, "rejected");
            } else {
                enterAgain(operation, rejectTo);
            }
            return;
        }
        fieldValues.checkRequired(operation.form, operation.task.values, step);
        operation.journal.record("approved", null, stepNode(step));
        moveOn(operation);
    }

    /** Hands every waiting request of the current step to one member, as an automation rule does. */
    void reassignAll(Operation operation, long to) {
        requireOpenStep(operation);
        ApprovalRound round = routeLog.currentRound(operation.task);
        for (long waiting : List.copyOf(round.choices().keySet())) {
            if (waiting != to && round.isWaitingFor(waiting)) {
                routeLog.replaceAssignee(operation.task, waiting, to, operation.at);
            }
        }
    }

    /** Moves an open task to the given step with fresh requests; the step's condition is not checked. */
    void moveTo(Operation operation, int step) {
        requireOpenStep(operation);
        StepAssignment assignment = engine.resolve(operation.routeContext(), step)
                .orElseThrow(() -> new DecisionNotAllowed(Reason.NO_ROUTE, operation.task.id, step));
        operation.journal.record("moved", stepNode(operation.task.currentStep), stepNode(step));
        routeLog.leave(operation.task, operation.at);
        enter(operation, assignment);
    }

    private void moveOn(Operation operation) {
        int step = operation.task.currentStep;
        routeLog.leave(operation.task, operation.at);

        Optional<StepAssignment> next = engine.nextStep(operation.routeContext(), step);
        if (next.isPresent()) {
            enter(operation, next.get());
        } else {
            close(operation, "approved");
        }
    }

    /** Enters a step the task already went through; its condition is not checked again. */
    private void enterAgain(Operation operation, int step) {
        Optional<StepAssignment> assignment = engine.resolve(operation.routeContext(), step)
                .or(() -> engine.nextStep(operation.routeContext(), step - 1));
        if (assignment.isPresent()) {
            enter(operation, assignment.get());
        } else {
            close(operation, "approved");
        }
    }

    /**
     * Puts the task on the resolved step with fresh approval requests and a due time counted from now. Used
     * on every entry and when open tasks move to a new route version.
     */
    void enter(Operation operation, StepAssignment step) {
        TaskRecord task = operation.task;
        task.currentStep = step.step();
        task.stepMode = step.mode().wireName();
        task.stepRound++;
        task.stepDue = operation.form.definition().route().step(step.step())
                .flatMap(definition -> dueTimes.dueAt(operation.orgId, definition, operation.at))
                .orElse(null);

        routeLog.enter(task, step, operation.at);
        operation.journal.record("step_entered", null, stepNode(step.step()));
    }

    private void approveAutomatically(Operation operation) {
        TaskRecord task = operation.task;
        fieldValues.checkRequired(operation.form, task.values, task.currentStep);

        routeLog.recordDecision(task, task.authorId, ApprovalChoice.APPROVED, operation.at, true);
        operation.journal.record("auto_approved", null, stepNode(task.currentStep));
        routeLog.leave(task, operation.at);
    }

    void close(Operation operation, String resolution) {
        TaskRecord task = operation.task;
        task.closed = true;
        task.closedAt = operation.at;
        task.resolution = resolution;
        task.currentStep = null;
        task.stepMode = null;
        task.stepDue = null;
        operation.journal.record("closed", null, resolution == null ? null : StringNode.valueOf(resolution));
    }

    private ApprovalRound waitingRound(Operation operation) {
        requireOpenStep(operation);
        ApprovalRound round = routeLog.currentRound(operation.task);
        if (!round.isWaitingFor(operation.actorId)) {
            throw new DecisionNotAllowed(Reason.NOT_ASSIGNEE, operation.task.id, operation.task.currentStep);
        }
        return round;
    }

    private static void requireOpenStep(Operation operation) {
        if (operation.task.closed) {
            throw new DecisionNotAllowed(Reason.TASK_CLOSED, operation.task.id, null);
        }
        if (!operation.task.isOnStep()) {
            throw new DecisionNotAllowed(Reason.NO_ROUTE, operation.task.id, null);
        }
    }

    private void requireAssigneeOrManager(Operation operation, boolean actorManagesForm) {
        if (!actorManagesForm && !routeLog.currentRound(operation.task).isWaitingFor(operation.actorId)) {
            throw new DecisionNotAllowed(Reason.NOT_ASSIGNEE, operation.task.id, operation.task.currentStep);
        }
    }

    private static boolean decidesAlone(StepAssignment step, long authorId) {
        return step.mode() == StepAssignment.Mode.ANY_ONE && step.isAssignee(authorId);
    }

    private static ObjectNode stepNode(int step) {
        return JsonNodeFactory.instance.objectNode().set("step", IntNode.valueOf(step));
    }
}
