package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.CellCondition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ItemFilter;
import io.potok.forms.FormDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves the filters of a catalog field into cell conditions against the task's values. A filter's field
 * is looked up first among the columns of the row the catalog field sits in, then among the fields stored at
 * the top level.
 */
final class PickingConditions {

    private final Catalogs catalogs;
    private final FilterOperands operands;

    PickingConditions(Catalogs catalogs, FilterOperands operands) {
        this.catalogs = catalogs;
        this.operands = operands;
    }

    /** Returns each filter that applies now with its condition; filters on empty fields are left out. */
    List<Resolved> resolve(long orgId, FormDefinition form, FieldDefinition field, ObjectNode values, JsonNode row) {
        List<ItemFilter> filters = field.info().pickingOrNone().filters();
        List<Resolved> resolved = new ArrayList<>();
        if (filters.isEmpty() || field.info().catalogId() == null) {
            return resolved;
        }
        List<String> columns = columnNames(orgId, field.info().catalogId());
        for (ItemFilter filter : filters) {
            int columnIndex = indexOf(columns, filter.column());
            Optional<String> expected = expected(orgId, form, filter, values, row);
            if (columnIndex >= 0 && expected.isPresent() && !expected.get().isBlank()) {
                resolved.add(new Resolved(filter, new CellCondition(columnIndex, expected.get())));
            }
        }
        return resolved;
    }

    private Optional<String> expected(long orgId, FormDefinition form, ItemFilter filter, ObjectNode values,
                                      JsonNode row) {
        if (filter.fieldId() == null) {
            return Optional.ofNullable(filter.value());
        }
        String key = String.valueOf(filter.fieldId());
        if (row != null && row.path("cells").has(key)) {
            Optional<FieldDefinition> column = form.field(filter.fieldId());
            return column.flatMap(source -> operands.text(orgId, source, row.path("cells").get(key)));
        }
        return ValueUpdates.storedFields(form)
                .filter(source -> source.id() == filter.fieldId())
                .findFirst()
                .flatMap(source -> operands.text(orgId, source, values.get(key)));
    }

    private List<String> columnNames(long orgId, long catalogId) {
        return catalogs.find(orgId, catalogId)
                .map(catalog -> catalog.headers().stream().map(Catalog.Header::name).toList())
                .orElse(List.of());
    }

    /** Finds a column by name, ignoring case and surrounding spaces; -1 when the catalog lacks it. */
    static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (name != null && columns.get(i).trim().equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A filter with the condition it sets for now.
     *
     * @param filter the filter as defined on the field
     * @param condition the column and the value an item's cell must equal
     */
    record Resolved(ItemFilter filter, CellCondition condition) {
    }
}
