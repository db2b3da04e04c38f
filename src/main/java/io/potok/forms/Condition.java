package io.potok.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A condition on a task's field values: when a route step or assignee rule applies, and when a field is shown.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Condition.FieldIs.class, name = "field"),
        @JsonSubTypes.Type(value = Condition.All.class, name = "all"),
        @JsonSubTypes.Type(value = Condition.Any.class, name = "any")})
public sealed interface Condition {

    /**
     * Compares one field with the given values.
     *
     * @param fieldId the field compared
     * @param operator how it is compared
     * @param values operands as strings: choice ids for multiple_choice, item ids for catalog, member ids
     *        for person, decimal numbers, ISO dates; empty for {@code filled} and {@code empty}
     * @param column for a catalog field: compare this column of the picked item instead of the item itself,
     *        with operands as the column's cell values; null compares the field
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record FieldIs(int fieldId, Operator operator, List<String> values, String column) implements Condition {
        public FieldIs {
            values = values == null ? List.of() : List.copyOf(values);
        }

        public FieldIs(int fieldId, Operator operator, List<String> values) {
            this(fieldId, operator, values, null);
        }
    }

    /** Holds when every condition holds. */
    record All(List<Condition> conditions) implements Condition {
    }

    /** Holds when at least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {
    }

    static Condition field(int fieldId, Operator operator, String... values) {
        return new FieldIs(fieldId, operator, List.of(values));
    }

    static Condition all(Condition... conditions) {
        return new All(List.of(conditions));
    }

    static Condition any(Condition... conditions) {
        return new Any(List.of(conditions));
    }

    /**
     * Comparison operators, named as in the stored document.
     */
    enum Operator {
        EQUALS, NOT_EQUALS, IN, GREATER, LESS, AT_LEAST, AT_MOST, FILLED, EMPTY,
        /** The field's text contains any operand, ignoring case. */
        CONTAINS,
        /** The field's text contains none of the operands, ignoring case. */
        NOT_CONTAINS;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Operator fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }
}
