package io.potok.api.internal;

import io.potok.identity.CurrentMember;
import io.potok.tasks.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /tasks}: reads, creates and changes tasks. Every change of an existing task is a comment.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Tasks")
class TasksApiController {

    private final Tasks tasks;
    private final TaskRequests requests;
    private final TaskJson taskJson;

    TasksApiController(Tasks tasks, TaskRequests requests, TaskJson taskJson) {
        this.tasks = tasks;
        this.requests = requests;
        this.taskJson = taskJson;
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "A task with its fields, approvals, comments and attachments")
    ObjectNode task(CurrentMember caller, @PathVariable long id) {
        return taskJson.wrapped(tasks.view(caller, id));
    }

    @PostMapping("/tasks")
    @Operation(summary = "Create a form task (form_id, fields) or a simple task (text, responsible, due_date)",
            description = "Fields are named by id, name or code. An invalid value rejects the whole request "
                    + "with invalid_field_value and creates nothing.")
    ObjectNode create(CurrentMember caller, @RequestBody JsonNode body) {
        return taskJson.wrapped(tasks.create(caller, requests.newTask(caller, body)));
    }

    @PostMapping("/tasks/{id}/comments")
    @Operation(summary = "Change a task: comment, field_updates, approval_choice, action, reassign_to, "
            + "subscribers, due dates, attachments",
            description = "Potok extension: `expected_version` is the task's `version` as the client last read "
                    + "it. When the task changed since, updates of fields that changed in between "
                    + "are rejected with 409 task_changed_concurrently and nothing is applied; updates of other "
                    + "fields are merged. Without `expected_version` the change applies to the latest version.")
    ObjectNode comment(CurrentMember caller, @PathVariable long id, @RequestBody JsonNode body) {
        return taskJson.wrapped(tasks.change(caller, id, requests.change(caller, body)));
    }
}
