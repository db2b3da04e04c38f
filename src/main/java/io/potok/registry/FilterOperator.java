package io.potok.registry;

/**
 * How a registry filter compares a column with its operands. The comparisons are those of route
 * conditions, plus {@code STARTS_WITH}, a case-insensitive prefix match for text and catalog names.
 */
public enum FilterOperator {
    EQUALS, NOT_EQUALS, IN, GREATER, LESS, AT_LEAST, AT_MOST, FILLED, EMPTY, STARTS_WITH
}
