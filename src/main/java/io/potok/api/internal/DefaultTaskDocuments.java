package io.potok.api.internal;

import io.potok.api.TaskDocuments;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.tasks.MemberNotFound;
import io.potok.tasks.TaskChange;
import io.potok.tasks.Tasks;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders and reads tasks in the API's shape on behalf of a member, through the same code as the API.
 */
@Component
class DefaultTaskDocuments implements TaskDocuments {

    private final Members members;
    private final Tasks tasks;
    private final TaskJson taskJson;
    private final TaskRequests requests;

    DefaultTaskDocuments(Members members, Tasks tasks, TaskJson taskJson, TaskRequests requests) {
        this.members = members;
        this.tasks = tasks;
        this.taskJson = taskJson;
        this.requests = requests;
    }

    @Override
    public ObjectNode task(long orgId, long memberId, long taskId) {
        return taskJson.task(tasks.view(actor(orgId, memberId), taskId));
    }

    @Override
    public TaskChange change(long orgId, long memberId, JsonNode commentBody) {
        return requests.change(actor(orgId, memberId), commentBody);
    }

    private CurrentMember actor(long orgId, long memberId) {
        return members.actingAs(orgId, memberId).orElseThrow(() -> new MemberNotFound(memberId));
    }
}
