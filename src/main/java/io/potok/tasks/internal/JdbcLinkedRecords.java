package io.potok.tasks.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.potok.forms.LinkedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up the tasks, files and lists that form_link, file and project values refer to, for the value codec
 * of the forms module.
 */
@Component
class JdbcLinkedRecords implements LinkedRecords {

    private final JdbcClient jdbc;

    JdbcLinkedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, LinkedTask> tasks(long orgId, Collection<Long> taskIds) {
        Map<Long, LinkedTask> tasks = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return tasks;
        }
        jdbc.sql("select id, form_id, subject from tasks where org_id = :org and id in (:ids)")
                .param("org", orgId).param("ids", taskIds)
                .query((row, number) -> new LinkedTask(row.getLong("id"), Sql.nullableLong(row, "form_id"),
                        row.getString("subject")))
                .list().forEach(task -> tasks.put(task.id(), task));
        return tasks;
    }

    @Override
    public Optional<LinkedFile> file(long orgId, long attachmentId) {
        return jdbc.sql("select id, name, size, md5 from attachments where org_id = :org and id = :id")
                .param("org", orgId).param("id", attachmentId).query(this::file).optional();
    }

    @Override
    public Optional<LinkedFile> file(long orgId, UUID guid) {
        return jdbc.sql("select id, name, size, md5 from attachments where org_id = :org and guid = :guid")
                .param("org", orgId).param("guid", guid).query(this::file).optional();
    }

    @Override
    public Map<Long, String> listNames(long orgId, Collection<Long> listIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (listIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from task_lists where org_id = :org and id in (:ids)")
                .param("org", orgId).param("ids", listIds)
                .query((row, number) -> Map.entry(row.getLong("id"), row.getString("name")))
                .list().forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }

    private LinkedFile file(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new LinkedFile(row.getLong("id"), row.getString("name"), row.getLong("size"), row.getString("md5"));
    }
}
