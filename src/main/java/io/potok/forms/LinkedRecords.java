package io.potok.forms;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records of the tasks module that field values refer to: linked tasks (form_link), uploaded files (file)
 * and task lists (project). The tasks module implements it, because the forms module may not depend on
 * the tasks module, which depends on forms. Every lookup is limited to one organisation.
 */
public interface LinkedRecords {

    /** Returns the tasks of the organisation with the given ids, keyed by id; missing ids are left out. */
    Map<Long, LinkedTask> tasks(long orgId, Collection<Long> taskIds);

    /** Returns the uploaded file with the given attachment id, or empty when the organisation has none. */
    Optional<LinkedFile> file(long orgId, long attachmentId);

    /** Returns the uploaded file with the given upload guid, or empty when the organisation has none. */
    Optional<LinkedFile> file(long orgId, UUID guid);

    /** Returns the names of the organisation's task lists with the given ids, keyed by id. */
    Map<Long, String> listNames(long orgId, Collection<Long> listIds);

    /**
     * A task a form_link field may point to.
     *
     * @param id task id
     * @param formId the task's form, null for a simple task
     * @param subject the task's subject
     */
    record LinkedTask(long id, Long formId, String subject) {
    }

    /**
     * An uploaded file.
     *
     * @param id attachment id
     * @param name file name as uploaded
     * @param size size in bytes
     * @param md5 MD5 of the content, hex
     */
    record LinkedFile(long id, String name, long size, String md5) {
    }
}
