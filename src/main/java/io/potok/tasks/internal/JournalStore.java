package io.potok.tasks.internal;

import java.util.Collection;
import java.util.List;

import io.potok.tasks.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a task's comments ({@code task_comments}) and history ({@code task_history}).
 */
@Repository
class JournalStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JournalStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
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
        for (Journal.Entry entry : operation.journal.entries) {
            insert(operation, entry, commentId);
        }
        return commentId;
    }

    private void insert(Operation operation, Journal.Entry entry, long commentId) {
        jdbc.sql("""
                        insert into task_history (task_id, org_id, actor_id, at, action, field_id, field_name,
                            old_value, new_value, comment_id, task_version)
                        values (:task, :org, :actor, :at, :action, :field, :name, cast(:old as jsonb),
                            cast(:new as jsonb), :comment, :version)""")
                .param("task", operation.task.id).param("org", operation.orgId).param("actor", operation.actorId)
                .param("at", Sql.timestamp(operation.at)).param("action", entry.action())
                .param("field", entry.fieldId()).param("name", entry.fieldName())
                .param("old", Sql.json(entry.oldValue())).param("new", Sql.json(entry.newValue()))
                .param("comment", commentId).param("version", operation.task.version).update();
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
