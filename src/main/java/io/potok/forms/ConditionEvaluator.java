package io.potok.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Evaluates conditions over stored field values: route steps and assignee rules, and the visibility of
 * fields.
 *
 * <p>An empty value fails every comparison except {@code not_equals} and {@code empty}. Values holding ids
 * (multiple_choice, catalog, person) compare as sets: {@code equals} means the same ids, {@code in} means at
 * least one id among the operands. {@code greater}, {@code less}, {@code at_least} and {@code at_most} apply
 * to numbers, money, dates, times and text; on other types they never hold. A condition on a field that the
 * form version does not have never holds, not even {@code empty}.
 *
 * <p>{@code contains} holds when the value's text contains at least one operand, ignoring case;
 * {@code not_contains} holds when it contains none of them, so it holds for an empty value. On fields holding
 * ids they compare the ids as {@code in} does.
 *
 * <p>A condition with a {@code column} compares that column's cell of each item picked in the catalog field,
 * read through a {@link CellLookup}. It holds when it holds for at least one picked item; {@code not_equals}
 * and {@code not_contains} hold only when they hold for every picked item. Without a lookup such a condition
 * never holds.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    /** Tells whether the condition holds for the values of a task of the form; a null condition holds. */
    public static boolean holds(Condition condition, FormDefinition form, ObjectNode values) {
        return holds(condition, form, values, CellLookup.NONE);
    }

    /**
     * Tells whether the condition is true for the values of a task of the form. Conditions on a catalog column
     * read their cells through the lookup, and a null condition is true.
     */
    public static boolean holds(Condition condition, FormDefinition form, ObjectNode values, CellLookup cells) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(each -> holds(each, form, values, cells));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(each -> holds(each, form, values, cells));
        }
        return fieldHolds((Condition.FieldIs) condition, form, values, cells);
    }

    private static boolean fieldHolds(Condition.FieldIs condition, FormDefinition form, ObjectNode values,
                                      CellLookup cells) {
        Optional<FieldDefinition> field = form.field(condition.fieldId());
        if (field.isEmpty()) {
            return false;
        }
        JsonNode stored = values.get(String.valueOf(condition.fieldId()));
        if (condition.column() != null) {
            return columnHolds(condition, field.get(), stored, cells);
        }
        FieldOperand value = FieldOperand.of(field.get().type(), stored);

        return compare(condition.operator(), value, condition.values());
    }

    private static boolean columnHolds(Condition.FieldIs condition, FieldDefinition field, JsonNode stored,
                                       CellLookup cells) {
        if (field.type() != FieldType.CATALOG || cells == CellLookup.NONE) {
            return false;
        }
        List<FieldOperand> cellValues = new ArrayList<>();
        JsonNode itemIds = isEmpty(stored) ? null : stored.get("item_ids");
        if (itemIds != null) {
            itemIds.forEach(id -> cells.cell(id.asLong(), condition.column())
                    .ifPresent(cell -> cellValues.add(FieldOperand.of(cell.type(), StringNode.valueOf(cell.value())))));
        }
        if (cellValues.isEmpty()) {
            return compare(condition.operator(), FieldOperand.of(FieldType.TEXT, null), condition.values());
        }
        boolean negative = condition.operator() == Condition.Operator.NOT_EQUALS
                || condition.operator() == Condition.Operator.NOT_CONTAINS;
        return negative
                ? cellValues.stream().allMatch(cell -> compare(condition.operator(), cell, condition.values()))
                : cellValues.stream().anyMatch(cell -> compare(condition.operator(), cell, condition.values()));
    }

    private static boolean compare(Condition.Operator operator, FieldOperand value, List<String> operands) {
        switch (operator) {
            case FILLED:
                return !value.isEmpty();
            case EMPTY:
                return value.isEmpty();
            case EQUALS:
                return !value.isEmpty() && value.equalsAll(operands);
            case NOT_EQUALS:
                return value.isEmpty() || !value.equalsAll(operands);
            case IN:
                return !value.isEmpty() && value.matchesAny(operands);
            case CONTAINS:
                return !value.isEmpty() && value.containsAny(operands);
            case NOT_CONTAINS:
                return value.isEmpty() || !value.containsAny(operands);
            default:
                return !value.isEmpty() && operands.size() == 1 && ordered(operator, value, operands.get(0));
        }
    }

    private static boolean ordered(Condition.Operator operator, FieldOperand value, String operand) {
        Optional<Integer> order = value.compareTo(operand);
        if (order.isEmpty()) {
            return false;
        }
        int sign = order.get();
        switch (operator) {
            case GREATER:
                return sign > 0;
            case LESS:
                return sign < 0;
            case AT_LEAST:
                return sign >= 0;
            case AT_MOST:
                return sign <= 0;
            default:
                throw new IllegalArgumentException("Not an ordering operator: " + operator);
        }
    }

    /**
     * Reads one cell of a catalog item, for conditions on a catalog field's column.
     */
    @FunctionalInterface
    public interface CellLookup {

        /** A lookup that finds no cells, so conditions on a column never hold. */
        CellLookup NONE = (itemId, column) -> Optional.empty();

        /** Returns the cell of the item in the named column, or empty when the item or column does not exist. */
        Optional<Cell> cell(long itemId, String column);
    }

    /**
     * A catalog cell as conditions compare it.
     *
     * @param type how it compares: {@code number}, {@code money} and {@code date} columns in their order,
     *        others as text
     * @param value the cell's text
     */
    public record Cell(FieldType type, String value) {
    }

    static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode()
                || (node.isString() && node.asString().isEmpty())
                || (node.isArray() && node.isEmpty());
    }
}
