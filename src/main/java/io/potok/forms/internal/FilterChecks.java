package io.potok.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.CatalogItemFilteredOut;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.internal.PickingConditions.Resolved;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rejects a catalog item that the field's filters exclude. A field is checked only when its own value or a
 * value its filters read changed. So an item picked before a filter was added is not rejected when an
 * unrelated field changes.
 */
final class FilterChecks {

    private final Catalogs catalogs;
    private final PickingConditions conditions;

    FilterChecks(Catalogs catalogs, PickingConditions conditions) {
        this.catalogs = catalogs;
        this.conditions = conditions;
    }

    /** @throws CatalogItemFilteredOut naming the first item and filter that fail */
    void check(long orgId, FormDefinition form, ObjectNode before, ObjectNode after) {
        for (FieldDefinition field : ValueUpdates.storedFields(form).toList()) {
            if (field.type() == FieldType.CATALOG && touched(field, before, after, null, null)) {
                checkItems(orgId, form, field, after, null, after.get(String.valueOf(field.id())));
            } else if (field.type() == FieldType.TABLE) {
                checkRows(orgId, form, field, before, after);
            }
        }
    }

    private void checkRows(long orgId, FormDefinition form, FieldDefinition table, ObjectNode before, ObjectNode after) {
        String tableKey = String.valueOf(table.id());
        for (JsonNode row : after.path(tableKey)) {
            JsonNode oldRow = oldRow(before.get(tableKey), row.path("row_id").asLong());
            for (FieldDefinition column : table.fields()) {
                if (column.type() == FieldType.CATALOG && touched(column, before, after, oldRow, row)) {
                    checkItems(orgId, form, column, after, row, row.path("cells").get(String.valueOf(column.id())));
                }
            }
        }
    }

    private void checkItems(long orgId, FormDefinition form, FieldDefinition field, ObjectNode values, JsonNode row,
                            JsonNode value) {
        List<Long> ids = CatalogValues.storedIds(value);
        if (ids.isEmpty()) {
            return;
        }
        List<Resolved> filters = conditions.resolve(orgId, form, field, values, row);
        Map<Long, CatalogItem> items = catalogs.items(orgId, ids);
        for (CatalogItem item : items.values()) {
            for (Resolved filter : filters) {
                if (!filter.condition().isMetBy(item)) {
                    throw new CatalogItemFilteredOut(field.name(), item.key(), filter.filter().column(),
                            filter.condition().value());
                }
            }
        }
    }

    /**
     * Tells whether the field's value or a field its filters read differs from before. For a table column,
     * {@code oldRow} and {@code row} are its row before and after, and a new row counts as changed.
     */
    private static boolean touched(FieldDefinition field, ObjectNode before, ObjectNode after, JsonNode oldRow,
                                   JsonNode row) {
        if (field.info().pickingOrNone().filters().isEmpty()) {
            return false;
        }
        String key = String.valueOf(field.id());
        boolean ownChanged = row == null
                ? !Objects.equals(before.get(key), after.get(key))
                : oldRow == null || !Objects.equals(oldRow.path("cells").get(key), row.path("cells").get(key));
        return ownChanged || field.info().pickingOrNone().filters().stream()
                .filter(filter -> filter.fieldId() != null)
                .map(filter -> String.valueOf(filter.fieldId()))
                .anyMatch(source -> sourceChanged(source, before, after, oldRow, row));
    }

    private static boolean sourceChanged(String source, ObjectNode before, ObjectNode after, JsonNode oldRow,
                                         JsonNode row) {
        if (row != null && (row.path("cells").has(source) || (oldRow != null && oldRow.path("cells").has(source)))) {
            return oldRow == null || !Objects.equals(oldRow.path("cells").get(source), row.path("cells").get(source));
        }
        return !Objects.equals(before.get(source), after.get(source));
    }

    private static JsonNode oldRow(JsonNode oldRows, long rowId) {
        if (oldRows != null) {
            for (JsonNode row : oldRows) {
                if (row.path("row_id").asLong() == rowId) {
                    return row;
                }
            }
        }
        return null;
    }
}
