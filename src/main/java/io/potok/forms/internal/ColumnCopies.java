package io.potok.forms.internal;

import java.util.List;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ColumnCopy;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies the columns of a newly picked catalog item into the task's fields, as the field's
 * {@link ColumnCopy} rules define, unless the same updates write the target themselves. Pages copy on pick in
 * the browser; this gives API clients the same result. A cell that the target cannot take, such as a label
 * with no matching choice, leaves the target as it was.
 */
final class ColumnCopies {

    private static final Logger log = LoggerFactory.getLogger(ColumnCopies.class);

    private final Catalogs catalogs;
    private final ValueParser parser;

    ColumnCopies(Catalogs catalogs, ValueParser parser) {
        this.catalogs = catalogs;
        this.parser = parser;
    }

    void copy(long orgId, FormDefinition form, ObjectNode before, ObjectNode after, NamedFields named) {
        List<FieldDefinition> stored = ValueUpdates.storedFields(form).toList();
        for (FieldDefinition field : stored) {
            if (field.type() == FieldType.CATALOG) {
                copyTopLevel(orgId, field, stored, before, after, named);
            } else if (field.type() == FieldType.TABLE) {
                copyIntoRows(orgId, field, before, after, named);
            }
        }
    }

    private void copyTopLevel(long orgId, FieldDefinition field, List<FieldDefinition> stored, ObjectNode before,
                              ObjectNode after, NamedFields named) {
        String key = String.valueOf(field.id());
        Optional<PickedItem> picked = newlyPicked(orgId, field, before.get(key), after.get(key));
        if (picked.isEmpty()) {
            return;
        }
        for (ColumnCopy copy : field.info().pickingOrNone().copies()) {
            Optional<FieldDefinition> target = stored.stream().filter(candidate -> candidate.id() == copy.fieldId()).findFirst();
            if (target.isPresent() && !named.hasField(copy.fieldId())) {
                write(orgId, picked.get(), copy, target.get(), after);
            }
        }
    }

    private void copyIntoRows(long orgId, FieldDefinition table, ObjectNode before, ObjectNode after, NamedFields named) {
        JsonNode rows = after.path(String.valueOf(table.id()));
        for (JsonNode row : rows) {
            long rowId = row.path("row_id").asLong();
            JsonNode oldCells = oldRow(before.get(String.valueOf(table.id())), rowId).path("cells");
            for (FieldDefinition column : table.fields()) {
                if (column.type() != FieldType.CATALOG) {
                    continue;
                }
                String key = String.valueOf(column.id());
                Optional<PickedItem> picked = newlyPicked(orgId, column, oldCells.get(key), row.path("cells").get(key));
                picked.ifPresent(item -> copyIntoRow(orgId, table, column, item, rowId, (ObjectNode) row.get("cells"), named));
            }
        }
    }

    private void copyIntoRow(long orgId, FieldDefinition table, FieldDefinition column, PickedItem item, long rowId,
                             ObjectNode cells, NamedFields named) {
        for (ColumnCopy copy : column.info().pickingOrNone().copies()) {
            Optional<FieldDefinition> target = table.column(copy.fieldId());
            if (target.isPresent() && !named.hasCell(table.id(), rowId, copy.fieldId())) {
                write(orgId, item, copy, target.get(), cells);
            }
        }
    }

    private static JsonNode oldRow(JsonNode oldRows, long rowId) {
        if (oldRows != null) {
            for (JsonNode row : oldRows) {
                if (row.path("row_id").asLong() == rowId) {
                    return row;
                }
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** Returns the first picked item when the field's items differ from the ones stored before. */
    private Optional<PickedItem> newlyPicked(long orgId, FieldDefinition field, JsonNode oldValue, JsonNode newValue) {
        List<Long> newIds = CatalogValues.storedIds(newValue);
        if (newIds.isEmpty() || newIds.equals(CatalogValues.storedIds(oldValue))
                || field.info().pickingOrNone().copies().isEmpty()) {
            return Optional.empty();
        }
        Optional<CatalogItem> item = catalogs.item(orgId, newIds.get(0));
        Optional<Catalog> catalog = item.flatMap(found -> catalogs.find(orgId, found.catalogId()));
        return item.flatMap(found -> catalog.map(owner -> new PickedItem(owner, found)));
    }

    private void write(long orgId, PickedItem picked, ColumnCopy copy, FieldDefinition target, ObjectNode values) {
        Optional<String> cell = picked.cell(copy.column());
        if (cell.isEmpty() || target.info().computesValue()) {
            return;
        }
        Optional<JsonNode> written = CopiedValues.writeShape(target, cell.get());
        if (written.isEmpty()) {
            log.debug("Column {} of item {} has no counterpart in field {}", copy.column(), picked.item().id(), target.id());
            return;
        }
        String key = String.valueOf(target.id());
        try {
            JsonNode parsed = parser.parse(orgId, target, written.get(), values.get(key));
            if (parsed != null) {
                values.set(key, parsed);
            }
        } catch (FieldValueInvalid unfit) {
            log.warn("Column {} of catalog item {} was not copied into field {}: {}", copy.column(),
                    picked.item().id(), target.id(), unfit.reason());
        }
    }

    /**
     * An item with the catalog it belongs to, to find its cells by column name.
     */
    private record PickedItem(Catalog catalog, CatalogItem item) {

        Optional<String> cell(String column) {
            List<String> names = catalog.headers().stream().map(Catalog.Header::name).toList();
            int index = PickingConditions.indexOf(names, column);
            if (index < 0 || index >= item.values().size() || item.values().get(index).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(item.values().get(index));
        }
    }
}
