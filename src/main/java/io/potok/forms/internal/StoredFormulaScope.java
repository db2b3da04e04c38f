package io.potok.forms.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.potok.forms.FieldDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads formula operands from a task's values, and for a column formula from the cells of the row computed.
 *
 * @param values the task's values, keyed by field id
 * @param rowTable the table of the row computed, or null for a top-level formula
 * @param rowCells the cells of the row computed, or null for a top-level formula
 * @param date the date {@code today()} returns, asked for only when a formula calls it
 */
record StoredFormulaScope(ObjectNode values, FormulaFields fields, FieldDefinition rowTable, JsonNode rowCells,
                          Supplier<LocalDate> date) implements FormulaScope {

    static StoredFormulaScope topLevel(ObjectNode values, FormulaFields fields, Supplier<LocalDate> date) {
        return new StoredFormulaScope(values, fields, null, null, date);
    }

    StoredFormulaScope inRow(FieldDefinition table, JsonNode cells) {
        return new StoredFormulaScope(values, fields, table, cells, date);
    }

    @Override
    public LocalDate today() {
        return date.get();
    }

    @Override
    public FormulaValue value(FieldDefinition field) {
        Optional<FieldDefinition> table = fields.tableOf(field);
        if (table.isEmpty()) {
            return FormulaValues.read(field, values.get(String.valueOf(field.id())));
        }
        if (rowTable == null || rowTable.id() != table.get().id()) {
            throw FormulaEvaluationFailed.invalid();
        }
        return FormulaValues.read(field, rowCells.get(String.valueOf(field.id())));
    }

    @Override
    public List<FormulaValue> column(FieldDefinition column) {
        FieldDefinition table = fields.tableOf(column).orElseThrow(FormulaEvaluationFailed::invalid);
        JsonNode rows = values.get(String.valueOf(table.id()));
        List<FormulaValue> cells = new ArrayList<>();
        if (rows != null && rows.isArray()) {
            rows.forEach(row -> cells.add(FormulaValues.read(column, row.path("cells").get(String.valueOf(column.id())))));
        }
        return cells;
    }
}
