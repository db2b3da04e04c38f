package io.potok.tasks.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.potok.tasks.AttachmentUnavailable;
import io.potok.tasks.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the rows of uploaded files ({@code attachments}); the content lives in {@link FileStore}.
 */
@Repository
class AttachmentStore {

    private static final String COLUMNS = "id, org_id, guid, name, size, md5, content_type, storage_path, "
            + "uploaded_by, task_id, comment_id, field_id, version, previous_id";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StoredAttachment file) {
        return jdbc.sql("""
                        insert into attachments (org_id, guid, name, size, md5, content_type, storage_path,
                            uploaded_by, uploaded_at)
                        values (:org, :guid, :name, :size, :md5, :type, :path, :uploader, :at) returning id""")
                .param("org", file.orgId()).param("guid", file.guid()).param("name", file.name())
                .param("size", file.size()).param("md5", file.md5()).param("type", file.contentType())
                .param("path", file.storagePath()).param("uploader", file.uploadedBy())
                .param("at", Sql.timestamp(file.uploadedAt())).query(Long.class).single();
    }

    Optional<StoredAttachment> find(long orgId, long id) {
        return jdbc.sql("select " + COLUMNS + " from attachments where id = :id and org_id = :org")
                .param("id", id).param("org", orgId).query(this::map).optional();
    }

    Optional<StoredAttachment> find(long orgId, UUID guid) {
        return jdbc.sql("select " + COLUMNS + " from attachments where guid = :guid and org_id = :org")
                .param("guid", guid).param("org", orgId).query(this::map).optional();
    }

    /**
     * Attaches files the actor uploaded and nobody attached yet.
     *
     * @throws AttachmentUnavailable naming the first guid that is not such a file
     */
    void attach(Operation operation, List<UUID> guids) {
        for (UUID guid : guids) {
            int attached = jdbc.sql("""
                            update attachments set task_id = :task
                            where guid = :guid and org_id = :org and uploaded_by = :actor and task_id is null""")
                    .param("task", operation.task.id).param("guid", guid)
                    .param("org", operation.orgId).param("actor", operation.actorId).update();
            if (attached == 0) {
                throw new AttachmentUnavailable(guid.toString());
            }
        }
    }

    /**
     * Attaches a file to a file field of the operation's task as the given version. The file must be one the
     * actor uploaded and that is not attached yet, or one already attached to this task.
     *
     * @param previousId the attachment this version replaces, null for a first version
     * @return whether the file could be attached
     */
    boolean attachToField(Operation operation, int fieldId, long attachmentId, int version, Long previousId) {
        return jdbc.sql("""
                        update attachments set task_id = :task, field_id = :field, version = :version,
                            previous_id = coalesce(cast(:previous as bigint), previous_id)
                        where id = :id and org_id = :org
                            and ((task_id is null and uploaded_by = :actor) or task_id = :task)""")
                .param("task", operation.task.id).param("field", fieldId).param("version", version)
                .param("previous", previousId).param("id", attachmentId).param("org", operation.orgId)
                .param("actor", operation.actorId).update() > 0;
    }

    /** Links files attached by an operation to the comment it wrote. */
    void linkComment(long taskId, List<UUID> guids, long commentId) {
        if (guids.isEmpty()) {
            return;
        }
        jdbc.sql("update attachments set comment_id = :comment where task_id = :task and guid in (:guids)")
                .param("comment", commentId).param("task", taskId).param("guids", guids).update();
    }

    List<TaskView.AttachmentView> ofTask(long taskId) {
        return jdbc.sql("select " + COLUMNS + " from attachments where task_id = :task order by id")
                .param("task", taskId).query(this::map).list().stream()
                .map(StoredAttachment::view).toList();
    }

    private StoredAttachment map(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new StoredAttachment(row.getLong("id"), row.getLong("org_id"), row.getObject("guid", UUID.class),
                row.getString("name"), row.getLong("size"), row.getString("md5"), row.getString("content_type"),
                row.getString("storage_path"), row.getLong("uploaded_by"), null, Sql.nullableLong(row, "task_id"),
                Sql.nullableLong(row, "comment_id"), Sql.nullableInt(row, "field_id"), row.getInt("version"),
                Sql.nullableLong(row, "previous_id"));
    }

    /**
     * An attachment row.
     */
    record StoredAttachment(long id, long orgId, UUID guid, String name, long size, String md5, String contentType,
                            String storagePath, long uploadedBy, java.time.Instant uploadedAt, Long taskId,
                            Long commentId, Integer fieldId, int version, Long previousId) {

        StoredAttachment(long id, long orgId, UUID guid, String name, long size, String md5, String contentType,
                         String storagePath, long uploadedBy, java.time.Instant uploadedAt, Long taskId,
                         Long commentId) {
            this(id, orgId, guid, name, size, md5, contentType, storagePath, uploadedBy, uploadedAt, taskId,
                    commentId, null, 1, null);
        }

        TaskView.AttachmentView view() {
            return new TaskView.AttachmentView(id, guid, name, size, md5, contentType, commentId, fieldId, version,
                    previousId);
        }
    }
}
