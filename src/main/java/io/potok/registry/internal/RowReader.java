package io.potok.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.registry.RegistryRow;
import org.jooq.Field;
import org.jooq.Record;

import static io.potok.registry.internal.ProjectionTables.*;

/**
 * The columns a registry query selects and how a selected record becomes a {@link RegistryRow}.
 */
final class RowReader {

    private static final List<Field<?>> TASK_COLUMNS = List.of(TASK_ID, SUBJECT, CREATED_AT, MODIFIED_AT,
            CLOSED_AT, CURRENT_STEP, CLOSED, AUTHOR_ID, RESPONSIBLE_ID);

    private final List<ProjectedField> fields;

    RowReader(List<ProjectedField> fields) {
        this.fields = fields;
    }

    List<ProjectedField> fields() {
        return fields;
    }

    /** The task columns, each field column, and the catalog key text next to each catalog column. */
    List<Field<?>> columns(Field<?> sortField) {
        List<Field<?>> columns = new ArrayList<>(TASK_COLUMNS);
        for (ProjectedField field : fields) {
            columns.add(column(field));
            if (field.kind().hasText()) {
                columns.add(textColumn(field));
            }
        }
        if (!columns.contains(sortField)) {
            columns.add(sortField);
        }
        return columns;
    }

    RegistryRow read(Record record) {
        Map<Integer, Object> values = new LinkedHashMap<>();
        for (ProjectedField field : fields) {
            Object value = record.get(column(field));
            if (value != null) {
                values.put(field.id(), value(field, value, record));
            }
        }
        return new RegistryRow(record.get(TASK_ID), record.get(SUBJECT), record.get(CREATED_AT),
                record.get(MODIFIED_AT), record.get(CLOSED_AT), record.get(CURRENT_STEP),
                Boolean.TRUE.equals(record.get(CLOSED)), record.get(AUTHOR_ID), record.get(RESPONSIBLE_ID),
                values);
    }

    private static Object value(ProjectedField field, Object value, Record record) {
        if (field.kind() == ColumnKind.CATALOG) {
            return new RegistryRow.CatalogValue((Long) value, record.get(textColumn(field)));
        }
        if (field.kind().isReferences()) {
            return new RegistryRow.ReferencesValue(List.copyOf(Arrays.asList((Long[]) value)),
                    record.get(textColumn(field)));
        }
        if (field.kind() == ColumnKind.CHOICES) {
            return List.copyOf(Arrays.asList((Integer[]) value));
        }
        return value;
    }
}
