package io.potok.api.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.identity.Member;
import io.potok.tasks.TaskView;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a task in the API's shape of {@code GET /tasks/{id}}: header, field values, approvals per step,
 * subscribers, attachments, comments and the time spent in each step.
 */
@Component
class TaskJson {

    private final JsonMapper json;
    private final CommentJson comments;

    TaskJson(JsonMapper json) {
        this.json = json;
        this.comments = new CommentJson(json, this);
    }

    /** Returns {@code {"task": ...}}. */
    ObjectNode wrapped(TaskView task) {
        ObjectNode body = json.createObjectNode();
        body.set("task", task(task));
        return body;
    }

    ObjectNode task(TaskView task) {
        ObjectNode node = header(task);
        node.set("fields", fields(task));
        node.set("approvals", approvals(task));
        node.set("subscribers", subscribers(task));
        node.set("participants", people(task, task.participantIds()));
        node.set("attachments", attachments(task.attachments()));
        node.set("comments", comments.of(task));
        node.set("steps", steps(task));
        return node;
    }

    private JsonNode fields(TaskView task) {
        if (task.fields() == null) {
            return json.createArrayNode();
        }
        JsonNode fields = task.fields().deepCopy();
        LinkedFieldJson.addFileUrls(fields, TaskJson::downloadUrl);
        return fields;
    }

    private ObjectNode header(TaskView task) {
        ObjectNode node = json.createObjectNode();
        node.put("id", task.id());
        // Pyrus sends text on form tasks too, so a form task carries its subject there
        putText(node, "text", task.text() != null ? task.text() : task.subject());
        putText(node, "subject", task.subject());
        node.put("create_date", ApiFormats.dateTime(task.createdAt()));
        node.put("last_modified_date", ApiFormats.dateTime(task.modifiedAt()));
        putText(node, "close_date", ApiFormats.dateTime(task.closedAt()));
        node.set("author", person(task.people(), task.authorId()));
        if (task.responsibleId() != null) {
            node.set("responsible", person(task.people(), task.responsibleId()));
        }
        putText(node, "due_date", ApiFormats.date(task.dueDate()));
        putText(node, "due", ApiFormats.dateTime(task.due()));
        if (task.formId() != null) {
            node.put("form_id", task.formId());
        }
        ArrayNode listIds = node.putArray("list_ids");
        if (task.fields() != null) {
            LinkedFieldJson.listIds(task.fields()).forEach(listIds::add);
        }
        node.set("linked_task_ids", json.createArrayNode());
        if (task.parentTaskId() != null) {
            node.put("parent_task_id", task.parentTaskId());
        }
        if (task.currentStep() != null) {
            node.put("current_step", task.currentStep());
        }
        node.put("is_closed", task.closed());
        // Potok extension: the version to send back as expected_version, so stale edits are detected
        node.put("version", task.version());
        return node;
    }

    /** Builds one list per route step, in step order, with the decisions of the step's latest stay. */
    private ArrayNode approvals(TaskView task) {
        ArrayNode steps = json.createArrayNode();
        for (TaskView.StepView step : task.steps()) {
            int lastRound = step.approvals().stream().mapToInt(TaskView.ApprovalView::round).max().orElse(0);
            ArrayNode decisions = steps.addArray();
            for (TaskView.ApprovalView approval : step.approvals()) {
                if (approval.round() != lastRound || "skipped".equals(approval.choice())) {
                    continue;
                }
                ObjectNode decision = decisions.addObject();
                decision.set("person", person(task.people(), approval.memberId()));
                decision.put("approval_choice", approval.choice());
                decision.put("step", step.step());
            }
        }
        return steps;
    }

    private ArrayNode subscribers(TaskView task) {
        ArrayNode subscribers = json.createArrayNode();
        for (Long id : task.subscriberIds()) {
            subscribers.addObject().set("person", person(task.people(), id));
        }
        return subscribers;
    }

    ArrayNode people(TaskView task, List<Long> ids) {
        ArrayNode people = json.createArrayNode();
        ids.forEach(id -> people.add(person(task.people(), id)));
        return people;
    }

    ArrayNode attachments(List<TaskView.AttachmentView> files) {
        ArrayNode attachments = json.createArrayNode();
        for (TaskView.AttachmentView file : files) {
            ObjectNode node = attachments.addObject();
            node.put("id", file.id());
            node.put("name", file.name());
            node.put("size", file.size());
            node.put("md5", file.md5().toUpperCase(Locale.ROOT));
            node.put("url", downloadUrl(file.id()));
            node.put("version", file.version());
        }
        return attachments;
    }

    private ArrayNode steps(TaskView task) {
        ArrayNode steps = json.createArrayNode();
        for (TaskView.StepView step : task.steps()) {
            ObjectNode node = steps.addObject();
            node.put("step", step.step());
            node.put("name", step.name());
            node.put("elapsed_time", step.elapsedMillis());
        }
        return steps;
    }

    JsonNode person(Map<Long, Member> people, long id) {
        Member member = people.get(id);
        if (member == null) {
            ObjectNode unknown = json.createObjectNode();
            unknown.put("id", id);
            return unknown;
        }
        return json.valueToTree(PersonJson.of(member));
    }

    private static String downloadUrl(long attachmentId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(ApiPaths.V4 + "/files/download/{id}").buildAndExpand(attachmentId).toUriString();
    }

    static void putText(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
