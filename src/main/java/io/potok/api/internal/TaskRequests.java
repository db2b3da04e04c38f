package io.potok.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads the bodies of {@code POST /tasks} and {@code POST /tasks/{id}/comments} into the tasks module's
 * requests.
 */
@Component
class TaskRequests {

    private final PersonReferences people;

    TaskRequests(PersonReferences people) {
        this.people = people;
    }

    NewTask newTask(CurrentMember caller, JsonNode body) {
        Long formId = body.hasNonNull("form_id") ? body.get("form_id").asLong() : null;
        return new NewTask(formId, list(body.get("fields")), text(body),
                people.resolve(caller, "responsible", body.get("responsible")),
                ApiFormats.parseDate("due_date", string(body, "due_date")),
                ApiFormats.parseDateTime("due", string(body, "due")),
                people.resolveAll(caller, "participants", body.get("participants")),
                people.resolveAll(caller, "subscribers", body.get("subscribers")),
                guids(body.get("attachments")),
                body.hasNonNull("parent_task_id") ? body.get("parent_task_id").asLong() : null);
    }

    TaskChange change(CurrentMember caller, JsonNode body) {
        return new TaskChange(
                expectedVersion(body),
                text(body),
                list(body.get("field_updates")),
                decision(string(body, "approval_choice")),
                action(string(body, "action")),
                false,
                people.resolve(caller, "reassign_to", body.get("reassign_to")),
                null,
                people.resolveAll(caller, "subscribers_added", body.get("subscribers_added")),
                people.resolveAll(caller, "subscribers_removed", body.get("subscribers_removed")),
                ApiFormats.parseDate("due_date", string(body, "due_date")),
                ApiFormats.parseDateTime("due", string(body, "due")),
                body.path("cancel_due").asBoolean(false),
                guids(body.get("attachments")));
    }

    /** Reads Potok's extension {@code expected_version}: the task version the client based the change on. */
    private static Integer expectedVersion(JsonNode body) {
        JsonNode version = body.get("expected_version");
        if (version == null || version.isNull()) {
            return null;
        }
        String text = version.isIntegralNumber() || version.isString() ? version.asString().trim() : "";
        if (!text.matches("\\d{1,9}")) {
            throw new ApiFormats.InvalidApiValue("expected_version", version.toString());
        }
        return Integer.valueOf(text);
    }

    private static TaskChange.Decision decision(String choice) {
        if (choice == null) {
            return null;
        }
        switch (choice.toLowerCase(Locale.ROOT)) {
            case "approved": return TaskChange.Decision.APPROVED;
            case "rejected": return TaskChange.Decision.REJECTED;
            default: throw new ApiFormats.InvalidApiValue("approval_choice", choice);
        }
    }

    private static TaskChange.Action action(String action) {
        if (action == null) {
            return null;
        }
        switch (action.toLowerCase(Locale.ROOT)) {
            case "finished": return TaskChange.Action.FINISHED;
            case "reopened": return TaskChange.Action.REOPENED;
            default: throw new ApiFormats.InvalidApiValue("action", action);
        }
    }

    /** Reads {@code [{"guid": "..."}]} or {@code ["..."]}. */
    private static List<UUID> guids(JsonNode attachments) {
        List<UUID> guids = new ArrayList<>();
        if (attachments == null || !attachments.isArray()) {
            return guids;
        }
        for (JsonNode attachment : attachments) {
            String guid = attachment.isObject() ? attachment.path("guid").asString("") : attachment.asString("");
            try {
                guids.add(UUID.fromString(guid.trim()));
            } catch (IllegalArgumentException e) {
                throw new ApiFormats.InvalidApiValue("attachments", attachment.toString());
            }
        }
        return guids;
    }

    private static String text(JsonNode body) {
        String text = string(body, "text");
        return text != null ? text : string(body, "formatted_text");
    }

    private static String string(JsonNode body, String key) {
        JsonNode value = body.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }
}
