package io.potok.tasks.internal;

import java.sql.Types;
import java.util.Collection;
import java.util.List;

import io.potok.tasks.TaskView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a task's comments ({@code task_comments}) and history ({@code task_history}).
 */
@Repository
class JournalStore {

    private static final int[] HISTORY_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.TIMESTAMP,
            Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    JournalStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /**
     * Writes the operation's comment and history entries, stamped with the task's new version.
     *
     * @return the comment id
     */
    long write(Operation operation, String text) {
        long commentId = jdbc.sql("""
                        insert into task_comments (task_id, org_id, author_id, text, created_at, changes)
                        values (:task, :org, :actor, :text, :at, cast(:changes as jsonb)) returning id""")
                .param("task", operation.task.id).param("org", operation.orgId).param("actor", operation.actorId)
                .param("text", text).param("at", Sql.timestamp(operation.at))
                .param("changes", operation.journal.changes.toString())
                .query(Long.class).single();
        insertHistory(operation, commentId);
        return commentId;
    }

    private void insertHistory(Operation operation, long commentId) {
        List<Object[]> rows = operation.journal.entries.stream()
                .map(entry -> new Object[] {operation.task.id, operation.orgId, operation.actorId,
                        Sql.timestamp(operation.at), entry.action(), entry.fieldId(), entry.fieldName(),
                        Sql.json(entry.oldValue()), Sql.json(entry.newValue()), commentId, operation.task.version})
                .toList();
        batch.batchUpdate("""
                insert into task_history (task_id, org_id, actor_id, at, action, field_id, field_name,
                    old_value, new_value, comment_id, task_version)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""", rows, HISTORY_TYPES);
    }

    /** Returns the field changes made after the given version to any of the fields. */
    List<FieldChangeSince> fieldChangesSince(long taskId, int version, Collection<Integer> fieldIds) {
        if (fieldIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct field_id, field_name, actor_id from task_history
                        where task_id = :task and task_version > :version and field_id in (:fields)
                        order by field_id""")
                .param("task", taskId).param("version", version).param("fields", fieldIds)
                .query((row, number) -> new FieldChangeSince(row.getInt(1), row.getString(2), row.getLong(3)))
                .list();
    }

    /** Returns whether the task's history contains an entry of the action. */
    boolean hasAction(long taskId, String action) {
        return jdbc.sql("select exists (select 1 from task_history where task_id = :task and action = :action)")
                .param("task", taskId).param("action", action)
                .query(Boolean.class).single();
    }

    List<TaskView.HistoryEntry> history(long taskId) {
        return jdbc.sql("""
                        select id, actor_id, at, action, field_id, field_name, old_value::text as old_value,
                            new_value::text as new_value, comment_id
                        from task_history where task_id = :task order by id""")
                .param("task", taskId)
                .query((row, number) -> new TaskView.HistoryEntry(row.getLong("id"), row.getLong("actor_id"),
                        Sql.instant(row, "at"), row.getString("action"), Sql.nullableInt(row, "field_id"),
                        row.getString("field_name"), parse(row.getString("old_value")),
                        parse(row.getString("new_value")), Sql.nullableLong(row, "comment_id")))
                .list();
    }

    List<CommentRow> comments(long taskId) {
        return jdbc.sql("""
                        select id, author_id, text, created_at, changes::text as changes from task_comments
                        where task_id = :task order by id""")
                .param("task", taskId)
                .query((row, number) -> new CommentRow(row.getLong("id"), row.getLong("author_id"),
                        row.getString("text"), Sql.instant(row, "created_at"), parse(row.getString("changes"))))
                .list();
    }

    private tools.jackson.databind.JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    /**
     * A field someone changed, for the concurrent-change message.
     */
    record FieldChangeSince(int fieldId, String fieldName, long actorId) {
    }

    /**
     * A stored comment without its attachments.
     */
    record CommentRow(long id, long authorId, String text, java.time.Instant createdAt,
                      tools.jackson.databind.JsonNode changes) {
    }
}
