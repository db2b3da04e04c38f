package io.potok.registry.internal;

import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * How a field's value is stored in the projection: its SQL type and the suffix of its column name. A
 * field whose type changes between form versions gets a new column, so old values keep their type.
 */
enum ColumnKind {
    TEXT("text", SQLDataType.CLOB),
    NUMBER("num", SQLDataType.NUMERIC),
    DATE("date", SQLDataType.LOCALDATE),
    TIMESTAMP("ts", SQLDataType.INSTANT),
    TIME("time", SQLDataType.LOCALTIME),
    FLAG("flag", SQLDataType.CLOB),
    CHOICE("choice", SQLDataType.INTEGER),
    CHOICES("choices", SQLDataType.INTEGER.array()),
    MEMBER("member", SQLDataType.BIGINT),
    CATALOG("item", SQLDataType.BIGINT),
    /** form_link: the linked task ids, with their subjects in the text column. */
    LINKS("links", SQLDataType.BIGINT.array()),
    /** file: the attachment ids of the current versions, with the file names in the text column. */
    FILES("files", SQLDataType.BIGINT.array()),
    /** project: the task list ids, with the list names in the text column. */
    LISTS("lists", SQLDataType.BIGINT.array());

    private final String suffix;
    private final DataType<?> sqlType;

    ColumnKind(String suffix, DataType<?> sqlType) {
        this.suffix = suffix;
        this.sqlType = sqlType;
    }

    String suffix() {
        return suffix;
    }

    DataType<?> sqlType() {
        return sqlType;
    }

    /** Tells whether the column has a text column next to it, which contains the value as users read it. */
    boolean hasText() {
        return this == CATALOG || isReferences();
    }

    /** Tells whether the column contains a list of record ids: linked tasks, files or task lists. */
    boolean isReferences() {
        return this == LINKS || this == FILES || this == LISTS;
    }

    /** Returns the kind of a field's column, or empty for fields the registry does not project. */
    static Optional<ColumnKind> of(FieldDefinition field) {
        return Optional.ofNullable(ofType(field.type(), field.info().allowsSeveralChoices()));
    }

    private static ColumnKind ofType(FieldType type, boolean severalChoices) {
        switch (type) {
            case TEXT: case EMAIL: case PHONE: return TEXT;
            case NUMBER: case MONEY: return NUMBER;
            case DATE: case DUE_DATE: return DATE;
            case DUE_DATE_TIME: return TIMESTAMP;
            case TIME: return TIME;
            case CHECKMARK: case FLAG: return FLAG;
            case MULTIPLE_CHOICE: return severalChoices ? CHOICES : CHOICE;
            case PERSON: return MEMBER;
            case CATALOG: return CATALOG;
            case FORM_LINK: return LINKS;
            case FILE: return FILES;
            case PROJECT: return LISTS;
            default: return null;
        }
    }
}
