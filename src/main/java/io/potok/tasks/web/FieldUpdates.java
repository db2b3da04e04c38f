package io.potok.tasks.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a posted task form into field updates in the API's write shape ({@code {"id": .., "value": ..}}),
 * as {@link io.potok.forms.FieldValues#apply} takes them. Values are passed on as typed, after the
 * adjustments a browser form needs: a decimal comma becomes a point, a local date and time is converted
 * from the viewer's time zone to UTC, a checkbox left unticked becomes {@code unchecked}. Whether a value
 * fits its field is left to the codec, so that the page and the API reject the same values.
 */
public final class FieldUpdates {

    static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FieldUpdates() {
    }

    /**
     * Returns one update per field the page can edit; an empty input clears the field.
     *
     * @param stored the task's stored values, empty for a new task; needed to delete removed table rows
     * @param editable which fields the page let the user change
     */
    public static List<JsonNode> from(FormDefinition form, FieldInput input, ZoneId zone, ObjectNode stored,
                                      Predicate<FieldDefinition> editable) {
        List<JsonNode> updates = new ArrayList<>();
        writableFields(form).filter(editable).forEach(field -> {
            JsonNode value;
            if (field.type() == FieldType.TABLE) {
                value = tableValue(field, input, zone, stored.get(String.valueOf(field.id())));
            } else if (field.type() == FieldType.FILE) {
                value = FileFieldInput.value(field, input);
            } else {
                value = value(field, input.value(field.id()), input.values(field.id()), zone,
                        stored.get(String.valueOf(field.id())));
            }
            if (value != null || stored.has(String.valueOf(field.id()))) {
                updates.add(update(field.id(), value));
            }
        });
        return updates;
    }

    /**
     * Returns the fields a user fills in, in form order: titles are opened, the fields under choice options
     * follow their choice, tables are kept whole.
     */
    public static Stream<FieldDefinition> writableFields(FormDefinition form) {
        return storedFields(form).filter(FieldUpdates::isWritable);
    }

    /**
     * Returns the updates of a new task: one per field the page shows, an empty one for a field left empty,
     * so that a default the user cleared on the page stays cleared.
     */
    public static List<JsonNode> forNewTask(FormDefinition form, FieldInput input, ZoneId zone) {
        List<JsonNode> updates = new ArrayList<>(from(form, input, zone, NODES.objectNode(), field -> true));
        Set<Integer> sent = new HashSet<>();
        updates.forEach(update -> sent.add(update.path("id").asInt()));
        writableFields(form).filter(field -> !sent.contains(field.id()))
                .forEach(field -> updates.add(update(field.id(), null)));
        return updates;
    }

    /** Returns every field stored at the top level, in form order: titles opened, option fields included. */
    static Stream<FieldDefinition> storedFields(FormDefinition form) {
        return form.fields().stream().flatMap(FieldUpdates::openNested);
    }

    /**
     * Tells whether a user enters the field's value: not read-only, not a title or note, not computed by a
     * line total, column sum or formula.
     */
    public static boolean isWritable(FieldDefinition field) {
        return !field.type().isReadOnly() && field.type() != FieldType.TITLE && !field.info().computesValue();
    }

    private static Stream<FieldDefinition> openNested(FieldDefinition field) {
        Stream<FieldDefinition> optionFields = field.info().options().stream()
                .flatMap(option -> option.fields().stream())
                .flatMap(FieldUpdates::openNested);
        if (field.type() != FieldType.TITLE) {
            return Stream.concat(Stream.of(field), optionFields);
        }
        return field.fields().stream().flatMap(FieldUpdates::openNested);
    }

    private static JsonNode value(FieldDefinition field, String text, List<String> all, ZoneId zone,
                                  JsonNode stored) {
        switch (field.type()) {
            case NUMBER:
            case MONEY:
                return text.isEmpty() ? null : NODES.stringNode(decimal(text));
            case DUE_DATE_TIME:
                return text.isEmpty() ? null : NODES.stringNode(utc(text, zone));
            case CHECKMARK:
                return checkmark(all, stored);
            case MULTIPLE_CHOICE:
                return all.isEmpty() ? null : idList("choice_ids", all);
            case CATALOG:
                return all.isEmpty() ? null : idList("item_ids", all);
            case FORM_LINK:
                return all.isEmpty() ? null : idList("task_ids", all);
            case PROJECT:
                return all.isEmpty() ? null : idList("list_ids", all);
            case PERSON:
                return text.isEmpty() ? null : person(text);
            default:
                return text.isEmpty() ? null : NODES.stringNode(text);
        }
    }

    /**
     * Accepts a decimal comma and spaces between digit groups, as Russian users type numbers; anything
     * else is passed on unchanged for the codec to reject.
     */
    static String decimal(String text) {
        String compact = text.replaceAll("[\\s\\u00a0\\u202f]", "");
        return compact.matches("[+-]?\\d*[.,]?\\d+|[+-]?\\d+[.,]") ? compact.replace(',', '.') : text;
    }

    /** Reads a browser's local date and time ({@code 2026-12-04T09:30}) in the viewer's zone as UTC. */
    static String utc(String text, ZoneId zone) {
        try {
            LocalDateTime local = LocalDateTime.parse(text);
            return UTC_DATE_TIME.format(local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException notLocal) {
            return text;
        }
    }

    private static JsonNode checkmark(List<String> values, JsonNode stored) {
        if (values.contains("checked")) {
            return NODES.stringNode("checked");
        }
        return stored == null ? null : NODES.stringNode("unchecked");
    }

    /** Writes numeric ids as numbers; other text goes as typed, so the codec names it in its message. */
    private static JsonNode idList(String key, List<String> ids) {
        ObjectNode value = NODES.objectNode();
        ArrayNode list = value.putArray(key);
        ids.forEach(id -> list.add(id.matches("\\d{1,18}") ? NODES.numberNode(Long.parseLong(id)) : NODES.stringNode(id)));
        return value;
    }

    private static JsonNode person(String id) {
        return id.matches("\\d{1,18}") ? NODES.objectNode().put("id", Long.parseLong(id)) : NODES.stringNode(id);
    }

    /**
     * Writes every posted row: rows that were loaded keep their row id, new rows have none, blank new rows
     * are left out, and stored rows the page no longer posts are deleted.
     */
    /**
     * Returns the posted rows of a table that become stored rows, in the order they are stored: rows loaded
     * from the task, and added rows with at least one value.
     */
    static List<FieldInput.Row> storedRows(FieldDefinition table, FieldInput input, ZoneId zone) {
        return input.rows(table.id()).stream()
                .filter(row -> input.storedRowId(row) != null || !cells(table, input, row, zone, false).isEmpty())
                .toList();
    }

    private static JsonNode tableValue(FieldDefinition table, FieldInput input, ZoneId zone, JsonNode stored) {
        ArrayNode rows = NODES.arrayNode();
        Set<Long> kept = new HashSet<>();
        for (FieldInput.Row row : input.rows(table.id())) {
            Long rowId = input.storedRowId(row);
            ArrayNode cells = cells(table, input, row, zone, rowId != null);
            if (rowId == null && cells.isEmpty()) {
                continue;
            }
            ObjectNode rowUpdate = rows.addObject();
            if (rowId != null) {
                rowUpdate.put("row_id", rowId);
                kept.add(rowId);
            }
            rowUpdate.set("cells", cells);
        }
        deleteRemovedRows(stored, kept, rows);
        return rows.isEmpty() ? null : rows;
    }

    /** Lists the filled cells of a row; a stored row also lists its emptied cells, to clear them. */
    private static ArrayNode cells(FieldDefinition table, FieldInput input, FieldInput.Row row, ZoneId zone,
                                   boolean storedRow) {
        ArrayNode cells = NODES.arrayNode();
        for (FieldDefinition column : table.fields()) {
            if (!isWritable(column)) {
                continue;
            }
            String text = input.cell(row, column.id());
            JsonNode value = value(column, text, text.isEmpty() ? List.of() : List.of(text), zone, null);
            if (value != null || storedRow) {
                cells.add(update(column.id(), value));
            }
        }
        return cells;
    }

    private static void deleteRemovedRows(JsonNode stored, Set<Long> kept, ArrayNode rows) {
        if (stored == null) {
            return;
        }
        for (JsonNode row : stored) {
            long rowId = row.path("row_id").asLong();
            if (!kept.contains(rowId)) {
                rows.addObject().put("row_id", rowId).put("delete", true);
            }
        }
    }

    private static ObjectNode update(int fieldId, JsonNode value) {
        ObjectNode update = NODES.objectNode();
        update.put("id", fieldId);
        update.set("value", value == null ? NODES.nullNode() : value);
        return update;
    }
}
