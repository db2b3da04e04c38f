package io.potok.registry.internal;

/**
 * The type filter operands and cursor values of a column are read as.
 */
enum ValueType {
    TEXT, NUMBER, DATE, TIMESTAMP, TIME, FLAG, INTEGER, INTEGERS, BIGINT, CATALOG, STATUS,
    /** A list of record ids with a text column: an id operand matches a contained id, other text the text. */
    REFERENCES;

    static ValueType of(ColumnKind kind) {
        switch (kind) {
            case TEXT: return TEXT;
            case NUMBER: return NUMBER;
            case DATE: return DATE;
            case TIMESTAMP: return TIMESTAMP;
            case TIME: return TIME;
            case FLAG: return FLAG;
            case CHOICE: return INTEGER;
            case CHOICES: return INTEGERS;
            case MEMBER: return BIGINT;
            case CATALOG: return CATALOG;
            case LINKS: case FILES: case LISTS: return REFERENCES;
            default: throw new IllegalArgumentException("Unknown column kind " + kind);
        }
    }
}
