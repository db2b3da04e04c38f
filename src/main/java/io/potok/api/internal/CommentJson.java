package io.potok.api.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.tasks.TaskView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a task's comments in the API's shape: each comment carries what its change did
 * ({@code field_updates}, {@code approval_choice}, {@code action}, {@code reassigned_to},
 * {@code subscribers_added}, {@code due_date}, ...) beside its text and attachments.
 */
class CommentJson {

    private static final List<String> COPIED_CHANGES = List.of("approval_choice", "action", "returned_to_step");

    private final JsonMapper json;
    private final TaskJson task;

    CommentJson(JsonMapper json, TaskJson task) {
        this.json = json;
        this.task = task;
    }

    ArrayNode of(TaskView view) {
        Map<String, JsonNode> fields = fieldsByIdAndName(view.fields());
        ArrayNode comments = json.createArrayNode();
        for (TaskView.CommentView comment : view.comments()) {
            ObjectNode node = comments.addObject();
            node.put("id", comment.id());
            TaskJson.putText(node, "text", comment.text());
            node.put("create_date", ApiFormats.dateTime(comment.createdAt()));
            node.set("author", task.person(view.people(), comment.authorId()));
            changes(view, comment, fields, node);
            history(view, comment, node);
            if (!comment.attachments().isEmpty()) {
                node.set("attachments", task.attachments(comment.attachments()));
            }
        }
        return comments;
    }

    private void changes(TaskView view, TaskView.CommentView comment, Map<String, JsonNode> fields,
                         ObjectNode node) {
        JsonNode changes = comment.changes();
        if (changes == null || !changes.isObject()) {
            return;
        }
        COPIED_CHANGES.stream().filter(changes::has).forEach(key -> node.set(key, changes.get(key)));
        if (changes.has("field_updates")) {
            ArrayNode updates = node.putArray("field_updates");
            changes.get("field_updates").forEach(update -> updates.add(fieldUpdate(update, fields)));
        }
        if (changes.hasNonNull("reassign_to")) {
            node.set("reassigned_to", task.person(view.people(), changes.get("reassign_to").asLong()));
        }
    }

    /** Names the field of an update as a response does ({@code id}, {@code type}, {@code name}), with the sent value. */
    private JsonNode fieldUpdate(JsonNode update, Map<String, JsonNode> fields) {
        JsonNode field = update.hasNonNull("id") ? fields.get("id:" + update.get("id").asString())
                : update.hasNonNull("name") ? fields.get("name:" + update.get("name").asString()) : null;
        if (field == null) {
            return update;
        }
        ObjectNode named = json.createObjectNode();
        named.set("id", field.get("id"));
        named.set("type", field.get("type"));
        named.set("name", field.get("name"));
        if (update.has("value")) {
            named.set("value", update.get("value"));
        }
        return named;
    }

    private void history(TaskView view, TaskView.CommentView comment, ObjectNode node) {
        for (TaskView.HistoryEntry entry : view.history()) {
            if (entry.commentId() == null || entry.commentId() != comment.id()) {
                continue;
            }
            switch (entry.action()) {
                case "due_changed" -> due(entry.newValue(), node);
                case "subscriber_added" -> addPerson(view, node, "subscribers_added", entry.newValue());
                case "subscriber_removed" -> addPerson(view, node, "subscribers_removed", entry.oldValue());
                default -> {
                    // other entries are already in the comment's changes
                }
            }
        }
    }

    private static void due(JsonNode value, ObjectNode node) {
        if (value == null || value.isNull()) {
            node.put("cancel_due", true);
            return;
        }
        TaskJson.putText(node, "due_date", value.path("due_date").asString(null));
        if (value.hasNonNull("due")) {
            node.put("due", ApiFormats.dateTime(Instant.parse(value.get("due").asString())));
        }
    }

    private void addPerson(TaskView view, ObjectNode node, String key, JsonNode memberId) {
        if (memberId == null || memberId.isNull()) {
            return;
        }
        ArrayNode people = node.has(key) ? (ArrayNode) node.get(key) : node.putArray(key);
        people.add(task.person(view.people(), memberId.asLong()));
    }

    private static Map<String, JsonNode> fieldsByIdAndName(ArrayNode fields) {
        Map<String, JsonNode> byKey = new HashMap<>();
        if (fields == null) {
            return byKey;
        }
        for (JsonNode field : fields) {
            byKey.putIfAbsent("id:" + field.path("id").asString(), field);
            byKey.putIfAbsent("name:" + field.path("name").asString(), field);
            JsonNode nested = field.path("value").path("fields");
            if ("title".equals(field.path("type").asString()) && nested.isArray()) {
                nested.forEach(inner -> {
                    byKey.putIfAbsent("id:" + inner.path("id").asString(), inner);
                    byKey.putIfAbsent("name:" + inner.path("name").asString(), inner);
                });
            }
        }
        return byKey;
    }
}
