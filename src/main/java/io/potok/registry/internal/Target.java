package io.potok.registry.internal;

import io.potok.registry.ColumnRef;
import org.jooq.Field;

/**
 * A registry column resolved to its projection column and operand type.
 *
 * @param ref the column as the query names it
 * @param type how operands and cursor values are read
 * @param field the projection column; for catalogs, the item id; for references, the id list
 * @param text for catalogs, the item's key text column; for references, the text column; null otherwise
 * @param projected for field columns, the field; null for task columns
 */
record Target(ColumnRef ref, ValueType type, Field<Object> field, Field<String> text, ProjectedField projected) {

    /** The column rows are sorted by: the key text for catalogs, else the column itself. */
    Field<?> sortField() {
        return text != null ? text : field;
    }

    ValueType sortType() {
        return type == ValueType.CATALOG || type == ValueType.REFERENCES ? ValueType.TEXT : type;
    }
}
