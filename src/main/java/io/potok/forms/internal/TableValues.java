package io.potok.forms.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.potok.forms.FieldDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Applies row updates to a table, stored as {@code [{"row_id": n, "cells": {"<column id>": value}}]}.
 *
 * <p>A row update is {@code {"row_id"?, "cells": [field objects], "delete"?: true}}: with a known row_id it
 * changes the cells it names and keeps the others, with a new or no row_id it adds a row, and with
 * {@code delete} it removes the row. Rows the update does not mention stay as they are.
 */
final class TableValues {

    private final ValueParser parser;

    TableValues(ValueParser parser) {
        this.parser = parser;
    }

    /**
     * Returns the new stored rows, or null when the table ends up empty or the value clears it.
     *
     * @param named records each cell the updates write, by row id
     */
    JsonNode apply(long orgId, FieldDefinition table, JsonNode value, JsonNode stored, NamedFields named) {
        if (ValueParser.isEmpty(value)) {
            return null;
        }
        if (!value.isArray()) {
            throw invalid("table_format", table, value);
        }
        Map<Long, ObjectNode> rows = rowsById(stored);
        for (JsonNode rowUpdate : value) {
            applyRow(orgId, table, rowUpdate, rows, named);
        }
        return rows.isEmpty() ? null : toArray(rows);
    }

    private void applyRow(long orgId, FieldDefinition table, JsonNode rowUpdate, Map<Long, ObjectNode> rows,
                          NamedFields named) {
        if (!rowUpdate.isObject()) {
            throw invalid("table_format", table, rowUpdate);
        }
        Long rowId = rowId(table, rowUpdate);
        if (rowUpdate.path("delete").asBoolean(false)) {
            delete(table, rowUpdate, rows, rowId);
            return;
        }
        long id = rowId != null ? rowId : nextRowId(rows);
        ObjectNode row = rows.computeIfAbsent(id, TableValues::emptyRow);
        JsonNode cells = rowUpdate.path("cells");
        if (!cells.isMissingNode() && !cells.isArray()) {
            throw invalid("table_format", table, rowUpdate);
        }
        for (JsonNode cell : cells) {
            int columnId = applyCell(orgId, table, cell, (ObjectNode) row.get("cells"));
            named.cell(table.id(), id, columnId);
        }
    }

    private static void delete(FieldDefinition table, JsonNode rowUpdate, Map<Long, ObjectNode> rows, Long rowId) {
        if (rowId == null || rows.remove(rowId) == null) {
            throw invalid("table_row_not_found", table, rowUpdate.path("row_id"));
        }
    }

    /** Applies one cell and returns the id of its column. */
    private int applyCell(long orgId, FieldDefinition table, JsonNode cell, ObjectNode cells) {
        FieldReference reference = FieldReference.of(cell)
                .orElseThrow(() -> invalid("no_field_reference", table, cell));
        FieldDefinition column = reference.findIn(table.fields())
                .orElseThrow(() -> invalid("table_column_not_found", table.name(), reference.text()));
        if (column.info().computesValue()) {
            throw invalid("read_only", column, cell.path("value"));
        }
        String key = String.valueOf(column.id());
        JsonNode parsed = parser.parse(orgId, column, cell.get("value"), cells.get(key));
        if (parsed == null) {
            cells.remove(key);
        } else {
            cells.set(key, parsed);
        }
        return column.id();
    }

    /** Reads the row_id of a row update: a non-negative integer, or null when the row is new. */
    private static Long rowId(FieldDefinition table, JsonNode rowUpdate) {
        JsonNode rowId = rowUpdate.path("row_id");
        if (rowId.isMissingNode() || rowId.isNull()) {
            return null;
        }
        String text = rowId.asString().trim();
        if (!(rowId.isIntegralNumber() || rowId.isString()) || !text.matches("\\d{1,18}")) {
            throw invalid("table_row_id", table, rowId);
        }
        return Long.parseLong(text);
    }

    private static long nextRowId(Map<Long, ObjectNode> rows) {
        return rows.keySet().stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
    }

    private static Map<Long, ObjectNode> rowsById(JsonNode stored) {
        Map<Long, ObjectNode> rows = new LinkedHashMap<>();
        if (stored != null && stored.isArray()) {
            for (JsonNode row : stored) {
                rows.put(row.path("row_id").asLong(), (ObjectNode) row.deepCopy());
            }
        }
        return rows;
    }

    private static ObjectNode emptyRow(long rowId) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("row_id", rowId);
        row.putObject("cells");
        return row;
    }

    private static ArrayNode toArray(Map<Long, ObjectNode> rows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        rows.values().forEach(array::add);
        return array;
    }
}
