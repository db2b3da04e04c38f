package io.potok.tasks.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues.FieldChange;
import io.potok.tasks.TaskVisibility;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Finishes the changes of form_link and file values that the value codec cannot check without knowing the
 * writer. A newly linked task must be visible to the writer. A new file in a file field must be one the writer
 * uploaded (or one already attached to this task), and it is then attached to the task and field. Runs
 * after the task row exists, in the transaction of the change, so a rejection stores nothing.
 */
@Component
class LinkedValueChecks {

    private final TaskVisibility visibility;
    private final AttachmentStore attachments;

    LinkedValueChecks(TaskVisibility visibility, AttachmentStore attachments) {
        this.visibility = visibility;
        this.attachments = attachments;
    }

    void accept(Operation operation, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            for (FieldChange leaf : leaves(change)) {
                if (leaf.field().type() == FieldType.FORM_LINK) {
                    checkLinks(operation, leaf);
                } else if (leaf.field().type() == FieldType.FILE) {
                    attachFiles(operation, leaf);
                }
            }
        }
    }

    private void checkLinks(Operation operation, FieldChange change) {
        if (operation.member == null) {
            return;
        }
        Set<Long> before = ids(change.oldValue() == null ? null : change.oldValue().path("task_ids"));
        for (Long id : ids(change.newValue() == null ? null : change.newValue().path("task_ids"))) {
            if (!before.contains(id) && !visibility.isVisible(operation.member, id)) {
                throw new FieldValueInvalid("form_link_not_found", change.field().name(), String.valueOf(id));
            }
        }
    }

    private void attachFiles(Operation operation, FieldChange change) {
        Set<Long> before = ids(change.oldValue());
        if (change.newValue() == null) {
            return;
        }
        for (JsonNode file : change.newValue()) {
            long id = file.path("id").asLong();
            if (before.contains(id)) {
                continue;
            }
            long previousId = file.path("previous_id").asLong(0);
            boolean attached = attachments.attachToField(operation, change.field().id(), id,
                    file.path("version").asInt(1), previousId == 0 ? null : previousId);
            if (!attached) {
                throw new FieldValueInvalid("file_unavailable", change.field().name(), file.path("name").asString());
            }
        }
    }

    /**
     * Returns the change itself, or for a table one change per form_link or file column, with the values of
     * all rows put together.
     */
    private static List<FieldChange> leaves(FieldChange change) {
        if (change.field().type() != FieldType.TABLE) {
            return List.of(change);
        }
        List<FieldChange> columns = new ArrayList<>();
        for (FieldDefinition column : change.field().fields()) {
            if (column.type() == FieldType.FORM_LINK || column.type() == FieldType.FILE) {
                columns.add(new FieldChange(column, cells(column, change.oldValue()), cells(column, change.newValue())));
            }
        }
        return columns;
    }

    /** Joins a column's cells of every row into one value of the column's stored shape. */
    private static JsonNode cells(FieldDefinition column, JsonNode rows) {
        ArrayNode joined = JsonNodeFactory.instance.arrayNode();
        if (rows != null) {
            for (JsonNode row : rows) {
                JsonNode cell = row.path("cells").get(String.valueOf(column.id()));
                if (cell == null || cell.isNull()) {
                    continue;
                }
                if (column.type() == FieldType.FORM_LINK) {
                    cell.path("task_ids").forEach(joined::add);
                } else {
                    cell.forEach(joined::add);
                }
            }
        }
        if (column.type() == FieldType.FORM_LINK) {
            return JsonNodeFactory.instance.objectNode().set("task_ids", joined);
        }
        return joined;
    }

    /** Reads ids from a list of numbers or of objects with an {@code id}. */
    private static Set<Long> ids(JsonNode list) {
        Set<Long> ids = new HashSet<>();
        if (list != null) {
            list.forEach(item -> ids.add(item.isObject() ? item.path("id").asLong() : item.asLong()));
        }
        return ids;
    }
}
