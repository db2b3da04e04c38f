package io.potok.tasks.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskMoves;
import io.potok.workflow.RouteContext;
import io.potok.workflow.RouteEngine;
import io.potok.workflow.RouteLanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves open tasks to their form's current version, each batch in one transaction so that a form with many
 * open tasks never keeps one long transaction open.
 */
@Service
class TaskMoving implements TaskMoves {

    private static final Logger log = LoggerFactory.getLogger(TaskMoving.class);
    static final int BATCH_SIZE = 100;

    private final Forms forms;
    private final FormVersions formVersions;
    private final TaskStore tasks;
    private final RouteEngine engine;
    private final TaskMove move;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskMoving(Forms forms, FormVersions formVersions, TaskStore tasks, RouteEngine engine, TaskMove move,
               TransactionTemplate transactions, Clock clock) {
        this.forms = forms;
        this.formVersions = formVersions;
        this.tasks = tasks;
        this.engine = engine;
        this.move = move;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<PlannedMove> preview(CurrentMember admin, long formId) {
        Form current = requireFormAdmin(admin, formId);
        return tasks.openOnOlderVersions(admin.orgId(), formId, current.version()).stream()
                .map(taskId -> tasks.find(admin.orgId(), taskId))
                .flatMap(java.util.Optional::stream)
                .map(task -> plan(task, current))
                .toList();
    }

    @Override
    public int moveAll(CurrentMember admin, long formId) {
        Form current = requireFormAdmin(admin, formId);
        List<Long> taskIds = tasks.openOnOlderVersions(admin.orgId(), formId, current.version());
        int moved = 0;

        for (int start = 0; start < taskIds.size(); start += BATCH_SIZE) {
            List<Long> batch = taskIds.subList(start, Math.min(start + BATCH_SIZE, taskIds.size()));
            moved += transactions.execute(status -> move.moveBatch(admin, current, batch, clock.instant()));
        }
        if (moved > 0) {
            forms.recordHistory(admin.orgId(), formId, "tasks_moved", String.valueOf(current.version()),
                    admin.memberId());
        }
        log.info("Member {} moved {} open tasks of form {} to version {}", admin.memberId(), moved, formId,
                current.version());
        return moved;
    }

    private PlannedMove plan(TaskRecord task, Form current) {
        RouteLanding landing = engine.landing(new RouteContext(current, task.values, task.authorId),
                task.currentStep == null ? 0 : task.currentStep);
        String fromName = formVersions.find(task.orgId, task.formId, task.formVersion)
                .map(form -> stepName(form, task.currentStep)).orElse("");
        Integer target = landing.step().map(step -> step.step()).orElse(null);

        return new PlannedMove(task.id, task.subject, task.formVersion, current.version(), task.currentStep, fromName,
                landing.kind(), target, stepName(current, target),
                landing.step().map(step -> step.assigneeIds()).orElse(Set.of()));
    }

    private static String stepName(Form form, Integer step) {
        if (step == null) {
            return "";
        }
        return form.definition().route().step(step).map(RouteDefinition.Step::name).orElse("");
    }

    private Form requireFormAdmin(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (!member.admin() && forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }
}
