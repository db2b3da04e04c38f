package io.potok.registry.internal;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Names of the projection tables and their task columns. Every table and column name is built from numeric
 * ids only, never from user text, and is quoted by jOOQ.
 */
final class ProjectionTables {

    static final Field<Long> TASK_ID = DSL.field(DSL.name("task_id"), SQLDataType.BIGINT);
    static final Field<Long> ORG_ID = DSL.field(DSL.name("org_id"), SQLDataType.BIGINT);
    static final Field<Integer> FORM_VERSION = DSL.field(DSL.name("form_version"), SQLDataType.INTEGER);
    static final Field<String> SUBJECT = DSL.field(DSL.name("subject"), SQLDataType.CLOB);
    static final Field<java.time.Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);
    static final Field<java.time.Instant> MODIFIED_AT = DSL.field(DSL.name("modified_at"), SQLDataType.INSTANT);
    static final Field<java.time.Instant> CLOSED_AT = DSL.field(DSL.name("closed_at"), SQLDataType.INSTANT);
    static final Field<Integer> CURRENT_STEP = DSL.field(DSL.name("current_step"), SQLDataType.INTEGER);
    static final Field<Boolean> CLOSED = DSL.field(DSL.name("closed"), SQLDataType.BOOLEAN);
    static final Field<Long> AUTHOR_ID = DSL.field(DSL.name("author_id"), SQLDataType.BIGINT);
    static final Field<Long> RESPONSIBLE_ID = DSL.field(DSL.name("responsible_id"), SQLDataType.BIGINT);
    static final Field<java.time.LocalDate> DUE_DATE = DSL.field(DSL.name("due_date"), SQLDataType.LOCALDATE);
    static final Field<java.time.Instant> DUE = DSL.field(DSL.name("due"), SQLDataType.INSTANT);
    static final Field<Long[]> PARTICIPANT_IDS =
            DSL.field(DSL.name("participant_ids"), SQLDataType.BIGINT.array());

    private ProjectionTables() {
    }

    static Name tableName(long formId) {
        return DSL.name("registry_form_" + formId);
    }

    static Table<Record> table(long formId) {
        return DSL.table(tableName(formId));
    }

    static Name indexName(long formId, String column) {
        return DSL.name("rf" + formId + "_" + column + "_idx");
    }

    static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(DSL.name(name), type);
    }

    @SuppressWarnings("unchecked")
    static Field<Object> column(ProjectedField field) {
        return column(field.column(), (DataType<Object>) field.kind().sqlType());
    }

    static Field<String> textColumn(ProjectedField field) {
        return column(field.textColumn(), SQLDataType.CLOB);
    }
}
