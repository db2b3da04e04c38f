package io.potok.tasks.internal;

import java.time.Instant;
import java.util.List;

import io.potok.forms.Form;
import io.potok.identity.CurrentMember;
import io.potok.workflow.RouteEngine;
import io.potok.workflow.RouteLanding;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.IntNode;

/**
 * Moves open tasks, one at a time under their row locks, to a form's current version: the task leaves its
 * step, takes the new version, and enters the step it lands on (or closes), with history and an event.
 */
@Component
class TaskMove {

    private final TaskStore tasks;
    private final RouteEngine engine;
    private final RouteDriver routes;
    private final RouteLog routeLog;
    private final JournalStore journals;
    private final TaskEvents events;

    TaskMove(TaskStore tasks, RouteEngine engine, RouteDriver routes, RouteLog routeLog, JournalStore journals,
             TaskEvents events) {
        this.tasks = tasks;
        this.engine = engine;
        this.routes = routes;
        this.routeLog = routeLog;
        this.journals = journals;
        this.events = events;
    }

    /** Moves the tasks still open on an older version and returns how many moved, in the caller's transaction. */
    int moveBatch(CurrentMember admin, Form current, List<Long> taskIds, Instant at) {
        int moved = 0;
        for (long taskId : taskIds) {
            TaskRecord task = tasks.lock(admin.orgId(), taskId).orElse(null);
            if (task == null || task.closed || task.formVersion == null || task.formVersion >= current.version()) {
                continue;
            }
            moveOne(new Operation(admin.orgId(), admin.memberId(), at, admin, task, current, new Journal()));
            moved++;
        }
        return moved;
    }

    private void moveOne(Operation operation) {
        TaskRecord task = operation.task;
        int fromVersion = task.formVersion;
        RouteLanding landing = engine.landing(operation.routeContext(), task.currentStep == null ? 0 : task.currentStep);

        routeLog.leave(task, operation.at);
        task.formVersion = operation.form.version();
        operation.journal.record("moved_to_version", IntNode.valueOf(fromVersion),
                IntNode.valueOf(operation.form.version()));
        if (landing.kind() == RouteLanding.Kind.CLOSES) {
            routes.close(operation, "approved");
        } else {
            // NOTE: the step is entered afresh even when the task stays on it, so its assignees are asked again
            // and its due time counts from the move.
            routes.enter(operation, landing.assignment());
        }

        task.version++;
        task.modifiedAt = operation.at;
        task.lastActivityAt = operation.at;
        journals.write(operation, null);
        tasks.update(task);
        events.publish(operation, false);
    }
}
