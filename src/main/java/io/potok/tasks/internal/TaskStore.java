package io.potok.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads and saves rows of the {@code tasks} table.
 */
@Repository
class TaskStore {

    private static final String COLUMNS = "id, org_id, form_id, form_version, text, subject, author_id, "
            + "responsible_id, due_date, due, created_at, modified_at, closed_at, current_step, status, resolution, "
            + "version, field_values::text as field_values, step_mode, step_round, last_activity_at, parent_task_id, step_due";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TaskStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<TaskRecord> find(long orgId, long taskId) {
        return jdbc.sql("select " + COLUMNS + " from tasks where id = :id and org_id = :org")
                .param("id", taskId).param("org", orgId).query(this::map).optional();
    }

    /** Loads the task and locks its row until the transaction ends, so that changes never interleave. */
    Optional<TaskRecord> lock(long orgId, long taskId) {
        return jdbc.sql("select " + COLUMNS + " from tasks where id = :id and org_id = :org for update")
                .param("id", taskId).param("org", orgId).query(this::map).optional();
    }

    /** Returns the ids of the form's open tasks on a version before the given one, oldest first. */
    List<Long> openOnOlderVersions(long orgId, long formId, int version) {
        return jdbc.sql("""
                        select id from tasks
                        where org_id = :org and form_id = :form and status = 'open' and form_version < :version
                        order by id""")
                .param("org", orgId).param("form", formId).param("version", version)
                .query(Long.class).list();
    }

    /** Returns the form's open tasks, oldest first. */
    List<TaskRecord> openOnForm(long orgId, long formId) {
        return jdbc.sql("select " + COLUMNS + " from tasks where org_id = :org and form_id = :form "
                        + "and status = 'open' order by id")
                .param("org", orgId).param("form", formId).query(this::map).list();
    }

    /** Counts the open tasks each member is responsible for; members without any are missing. */
    Map<Long, Integer> openResponsibleCounts(long orgId, Collection<Long> memberIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (memberIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select responsible_id, count(*) from tasks
                        where org_id = :org and status = 'open' and responsible_id in (:members)
                        group by responsible_id""")
                .param("org", orgId).param("members", List.copyOf(memberIds))
                .query((row, number) -> counts.put(row.getLong(1), row.getInt(2))).list();
        return counts;
    }

    long insert(TaskRecord task) {
        return jdbc.sql("""
                        insert into tasks (org_id, form_id, form_version, text, subject, author_id, responsible_id,
                            due_date, due, created_at, modified_at, closed_at, current_step, status, resolution,
                            version, field_values, step_mode, step_round, last_activity_at, parent_task_id, step_due)
                        values (:org, :form, :formVersion, :text, :subject, :author, :responsible, :dueDate, :due,
                            :createdAt, :modifiedAt, :closedAt, :step, :status, :resolution, :version,
                            cast(:values as jsonb), :mode, :round, :activity, :parent, :stepDue)
                        returning id""")
                .param("org", task.orgId).param("form", task.formId).param("formVersion", task.formVersion)
                .param("text", task.text).param("subject", task.subject).param("author", task.authorId)
                .param("responsible", task.responsibleId).param("dueDate", Sql.date(task.dueDate))
                .param("due", Sql.timestamp(task.due)).param("createdAt", Sql.timestamp(task.createdAt))
                .param("modifiedAt", Sql.timestamp(task.modifiedAt)).param("closedAt", Sql.timestamp(task.closedAt))
                .param("step", task.currentStep).param("status", task.closed ? "closed" : "open")
                .param("resolution", task.resolution).param("version", task.version)
                .param("values", task.values.toString()).param("mode", task.stepMode).param("round", task.stepRound)
                .param("activity", Sql.timestamp(task.lastActivityAt)).param("parent", task.parentTaskId)
                .param("stepDue", Sql.timestamp(task.stepDue))
                .query(Long.class).single();
    }

    void update(TaskRecord task) {
        jdbc.sql("""
                        update tasks set text = :text, subject = :subject, responsible_id = :responsible,
                            due_date = :dueDate, due = :due, modified_at = :modifiedAt, closed_at = :closedAt,
                            current_step = :step, status = :status, resolution = :resolution, version = :version,
                            field_values = cast(:values as jsonb), step_mode = :mode, step_round = :round,
                            last_activity_at = :activity, form_version = :formVersion, step_due = :stepDue
                        where id = :id""")
                .param("text", task.text).param("subject", task.subject).param("responsible", task.responsibleId)
                .param("dueDate", Sql.date(task.dueDate)).param("due", Sql.timestamp(task.due))
                .param("modifiedAt", Sql.timestamp(task.modifiedAt)).param("closedAt", Sql.timestamp(task.closedAt))
                .param("step", task.currentStep).param("status", task.closed ? "closed" : "open")
                .param("resolution", task.resolution).param("version", task.version)
                .param("values", task.values.toString()).param("mode", task.stepMode).param("round", task.stepRound)
                .param("activity", Sql.timestamp(task.lastActivityAt)).param("formVersion", task.formVersion)
                .param("stepDue", Sql.timestamp(task.stepDue)).param("id", task.id)
                .update();
    }

    private TaskRecord map(ResultSet row, int number) throws SQLException {
        TaskRecord task = new TaskRecord();
        task.id = row.getLong("id");
        task.orgId = row.getLong("org_id");
        task.formId = Sql.nullableLong(row, "form_id");
        task.formVersion = Sql.nullableInt(row, "form_version");
        task.text = row.getString("text");
        task.subject = row.getString("subject");
        task.authorId = row.getLong("author_id");
        task.responsibleId = Sql.nullableLong(row, "responsible_id");
        task.dueDate = Sql.localDate(row, "due_date");
        task.due = Sql.instant(row, "due");
        task.createdAt = Sql.instant(row, "created_at");
        task.modifiedAt = Sql.instant(row, "modified_at");
        task.closedAt = Sql.instant(row, "closed_at");
        task.currentStep = Sql.nullableInt(row, "current_step");
        task.closed = "closed".equals(row.getString("status"));
        task.resolution = row.getString("resolution");
        task.version = row.getInt("version");
        task.values = (ObjectNode) json.readTree(row.getString("field_values"));
        task.stepMode = row.getString("step_mode");
        task.stepRound = row.getInt("step_round");
        task.lastActivityAt = Sql.instant(row, "last_activity_at");
        task.parentTaskId = Sql.nullableLong(row, "parent_task_id");
        task.stepDue = Sql.instant(row, "step_due");
        return task;
    }
}
