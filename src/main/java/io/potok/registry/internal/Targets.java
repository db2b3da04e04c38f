package io.potok.registry.internal;

import java.util.Map;

import io.potok.registry.ColumnRef;
import io.potok.registry.InvalidFilter;
import org.jooq.Field;

import static io.potok.registry.internal.ProjectionTables.*;

/**
 * Resolves the columns a query names against the form's projected fields.
 */
final class Targets {

    private final Map<Integer, ProjectedField> fields;

    Targets(Map<Integer, ProjectedField> fields) {
        this.fields = fields;
    }

    /** @throws InvalidFilter when the column is a field the form never had */
    Target resolve(ColumnRef ref, String parameter) {
        if (!ref.isField()) {
            return system(ref);
        }
        ProjectedField field = fields.get(ref.fieldId());
        if (field == null) {
            throw new InvalidFilter(parameter, String.valueOf(ref.fieldId()));
        }
        Field<String> text = field.kind().hasText() ? textColumn(field) : null;
        return new Target(ref, ValueType.of(field.kind()), column(field), text, field);
    }

    @SuppressWarnings("unchecked")
    private static Target system(ColumnRef ref) {
        switch (ref.system()) {
            case TASK_ID: return task(ref, ValueType.BIGINT, TASK_ID);
            case CREATED: return task(ref, ValueType.TIMESTAMP, CREATED_AT);
            case MODIFIED: return task(ref, ValueType.TIMESTAMP, MODIFIED_AT);
            case CLOSED_AT: return task(ref, ValueType.TIMESTAMP, CLOSED_AT);
            case STEP: return task(ref, ValueType.INTEGER, CURRENT_STEP);
            case STATUS: return task(ref, ValueType.STATUS, CLOSED);
            case RESPONSIBLE: return task(ref, ValueType.BIGINT, RESPONSIBLE_ID);
            case AUTHOR: return task(ref, ValueType.BIGINT, AUTHOR_ID);
            case SUBJECT: return task(ref, ValueType.TEXT, SUBJECT);
            default: throw new IllegalArgumentException("Unknown task column " + ref.system());
        }
    }

    @SuppressWarnings("unchecked")
    private static Target task(ColumnRef ref, ValueType type, Field<?> field) {
        return new Target(ref, type, (Field<Object>) field, null, null);
    }
}
