package io.potok.api;

import io.potok.tasks.TaskChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks in the public API's JSON shape for senders outside the API, such as bots and webhooks, and comments in
 * the API's shape read back into changes.
 */
public interface TaskDocuments {

    /**
     * Returns the task as the member sees it through {@code GET /tasks/{id}}, without the {@code task}
     * wrapper.
     *
     * @throws io.potok.tasks.TaskNotFound when no such task exists in the organisation
     * @throws io.potok.tasks.TaskAccessDenied when the member may not see the task
     * @throws io.potok.tasks.MemberNotFound when no such active member exists in the organisation
     */
    ObjectNode task(long orgId, long memberId, long taskId);

    /**
     * Reads a body in the shape of {@code POST /tasks/{id}/comments} as a change made by the member.
     *
     * @throws io.potok.platform.PotokException naming the value when the body does not fit the shape
     * @throws io.potok.tasks.MemberNotFound when no such active member exists in the organisation
     */
    TaskChange change(long orgId, long memberId, JsonNode commentBody);
}
