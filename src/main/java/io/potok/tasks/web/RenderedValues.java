package io.potok.tasks.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a task's field values, as the API renders them, back into the shape a posted form has, so that
 * the task page shows stored values in the same inputs the new-task page uses.
 */
final class RenderedValues {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private RenderedValues() {
    }

    /** Returns the inputs of every stored value: field and cell names with their texts. */
    static FieldInput input(JsonNode fields, ZoneId zone) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        collect(fields, zone, values);
        return FieldInput.ofValues(values);
    }

    /**
     * Returns which fields have a value, keyed by field id, with table rows by row id: enough for
     * {@link FieldUpdates} to clear emptied fields and delete removed rows.
     */
    static ObjectNode presence(JsonNode fields) {
        ObjectNode present = JsonNodeFactory.instance.objectNode();
        for (JsonNode field : fields) {
            JsonNode value = field.get("value");
            if (value == null || value.isNull()) {
                continue;
            }
            if ("title".equals(field.path("type").asString())) {
                present.setAll(presence(value.path("fields")));
            } else {
                present.set(field.path("id").asString(), value);
            }
        }
        return present;
    }

    private static void collect(JsonNode fields, ZoneId zone, Map<String, List<String>> values) {
        for (JsonNode field : fields) {
            JsonNode value = field.get("value");
            if (value == null || value.isNull()) {
                continue;
            }
            int id = field.path("id").asInt();
            String type = field.path("type").asString();
            if ("title".equals(type)) {
                collect(value.path("fields"), zone, values);
            } else if ("table".equals(type)) {
                collectRows(id, value, zone, values);
            } else {
                values.put(FieldInput.name(id), texts(type, value, zone));
            }
        }
    }

    private static void collectRows(int tableId, JsonNode rows, ZoneId zone, Map<String, List<String>> values) {
        int number = 0;
        for (JsonNode row : rows) {
            values.put(FieldInput.rowIdName(tableId, number), List.of(row.path("row_id").asString()));
            for (JsonNode cell : row.path("cells")) {
                JsonNode value = cell.get("value");
                if (value != null && !value.isNull()) {
                    List<String> texts = texts(cell.path("type").asString(), value, zone);
                    values.put(FieldInput.cellName(tableId, number, cell.path("id").asInt()),
                            texts.isEmpty() ? List.of("") : List.of(texts.get(0)));
                }
            }
            number++;
        }
    }

    /** Returns the texts an input shows for a rendered value. */
    static List<String> texts(String type, JsonNode value, ZoneId zone) {
        switch (type) {
            case "number":
            case "money":
                return List.of(value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
            case "due_date_time":
                return List.of(local(value.asString(), zone));
            case "multiple_choice":
                return ids(value.path("choice_ids"));
            case "catalog":
                return ids(value.path("item_ids"));
            case "person":
                return List.of(value.path("id").asString());
            case "form_link":
                return ids(value.path("task_ids"));
            case "file":
                return objectIds(value);
            case "project":
                return objectIds(value.path("projects"));
            default:
                return List.of(value.isValueNode() ? value.asString() : value.toString());
        }
    }

    /** Shows a UTC timestamp as the viewer's local date and time, the format of a datetime-local input. */
    static String local(String utc, ZoneId zone) {
        try {
            return LOCAL_INPUT.format(Instant.parse(utc).atZone(zone));
        } catch (DateTimeParseException notInstant) {
            return utc;
        }
    }

    private static List<String> objectIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(id -> ids.add(id.asString()));
        return ids;
    }
}
