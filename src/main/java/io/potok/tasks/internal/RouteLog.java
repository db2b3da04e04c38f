package io.potok.tasks.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.workflow.ApprovalChoice;
import io.potok.workflow.ApprovalRound;
import io.potok.workflow.StepAssignment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores a task's route progress: approval requests and decisions ({@code task_approvals}) and each stay in a
 * step ({@code task_step_visits}). A task's rounds are numbered by one counter, so a round id names one stay.
 */
@Repository
class RouteLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RouteLog(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void enter(TaskRecord task, StepAssignment step, Instant at) {
        List<Object[]> requests = step.assigneeIds().stream().sorted()
                .map(assignee -> new Object[] {task.id, step.step(), task.stepRound, assignee, Sql.timestamp(at)})
                .toList();
        batch.batchUpdate("""
                insert into task_approvals (task_id, step, round, member_id, choice, requested_at)
                values (?, ?, ?, ?, 'waiting', ?)""", requests);
        jdbc.sql("insert into task_step_visits (task_id, org_id, step, entered_at) values (:task, :org, :step, :at)")
                .param("task", task.id).param("org", task.orgId).param("step", step.step())
                .param("at", Sql.timestamp(at)).update();
    }

    /** Ends the current stay: closes the visit and marks the requests still waiting as skipped. */
    void leave(TaskRecord task, Instant at) {
        jdbc.sql("update task_step_visits set left_at = :at where task_id = :task and left_at is null")
                .param("at", Sql.timestamp(at)).param("task", task.id).update();
        jdbc.sql("update task_approvals set choice = 'skipped' where task_id = :task and round = :round "
                        + "and choice = 'waiting'")
                .param("task", task.id).param("round", task.stepRound).update();
    }

    ApprovalRound currentRound(TaskRecord task) {
        Map<Long, ApprovalChoice> choices = new LinkedHashMap<>();
        jdbc.sql("select member_id, choice from task_approvals where task_id = :task and round = :round "
                        + "and choice <> 'skipped' order by id")
                .param("task", task.id).param("round", task.stepRound)
                .query((row, number) -> choices.put(row.getLong(1), ApprovalChoice.fromWireName(row.getString(2))))
                .list();
        return new ApprovalRound(task.currentStep, StepAssignment.Mode.fromWireName(task.stepMode), choices);
    }

    void recordDecision(TaskRecord task, long memberId, ApprovalChoice choice, Instant at, boolean automatic) {
        jdbc.sql("""
                        update task_approvals set choice = :choice, decided_at = :at, automatic = :automatic
                        where task_id = :task and round = :round and member_id = :member and choice = 'waiting'""")
                .param("choice", choice.wireName()).param("at", Sql.timestamp(at)).param("automatic", automatic)
                .param("task", task.id).param("round", task.stepRound).param("member", memberId).update();
    }

    /**
     * Hands a waiting request to another member. The old request is kept as skipped, so the replaced member
     * still takes part in the task. A member already waiting in this round gets no second request.
     */
    void replaceAssignee(TaskRecord task, long from, long to, Instant at) {
        jdbc.sql("""
                        update task_approvals set choice = 'skipped', decided_at = :at
                        where task_id = :task and round = :round and member_id = :from and choice = 'waiting'""")
                .param("at", Sql.timestamp(at)).param("task", task.id).param("round", task.stepRound)
                .param("from", from).update();
        jdbc.sql("""
                        insert into task_approvals (task_id, step, round, member_id, choice, requested_at)
                        select :task, :step, :round, :to, 'waiting', :at
                        where not exists (select 1 from task_approvals where task_id = :task and round = :round
                            and member_id = :to and choice <> 'skipped')""")
                .param("task", task.id).param("step", task.currentStep).param("round", task.stepRound)
                .param("to", to).param("at", Sql.timestamp(at)).update();
    }

    /** Returns the most recently visited step before the current one with a lower number. */
    Optional<Integer> previousStep(TaskRecord task) {
        return jdbc.sql("""
                        select step from task_step_visits where task_id = :task and step < :current
                        order by id desc limit 1""")
                .param("task", task.id).param("current", task.currentStep).query(Integer.class).optional();
    }

    Optional<Integer> lastStep(long taskId) {
        return jdbc.sql("select step from task_step_visits where task_id = :task order by id desc limit 1")
                .param("task", taskId).query(Integer.class).optional();
    }

    List<Visit> visits(long taskId) {
        return jdbc.sql("select step, entered_at, left_at from task_step_visits where task_id = :task order by id")
                .param("task", taskId)
                .query((row, number) -> new Visit(row.getInt(1), Sql.instant(row, "entered_at"),
                        Sql.instant(row, "left_at")))
                .list();
    }

    List<Approval> approvals(long taskId) {
        return jdbc.sql("""
                        select step, round, member_id, choice, decided_at, automatic from task_approvals
                        where task_id = :task order by round, id""")
                .param("task", taskId)
                .query((row, number) -> new Approval(row.getInt("step"), row.getInt("round"),
                        row.getLong("member_id"), row.getString("choice"), Sql.instant(row, "decided_at"),
                        row.getBoolean("automatic")))
                .list();
    }

    /**
     * One stay of a task in a step; {@code leftAt} is null for the current stay.
     */
    record Visit(int step, Instant enteredAt, Instant leftAt) {
    }

    /**
     * One approval request with its decision.
     */
    record Approval(int step, int round, long memberId, String choice, Instant decidedAt, boolean automatic) {
    }
}
