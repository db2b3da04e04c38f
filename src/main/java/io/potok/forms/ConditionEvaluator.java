package io.potok.forms;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates conditions over stored field values: route steps and assignee rules, and the visibility of
 * fields.
 *
 * <p>An empty value fails every comparison except {@code not_equals} and {@code empty}. Values holding ids
 * (multiple_choice, catalog, person) compare as sets: {@code equals} means the same ids, {@code in} means at
 * least one id among the operands. {@code greater}, {@code less}, {@code at_least} and {@code at_most} apply
 * to numbers, money, dates, times and text; on other types they never hold. A condition on a field that the
 * form version does not have never holds, not even {@code empty}.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    /** Tells whether the condition holds for the values of a task of the form; a null condition holds. */
    public static boolean holds(Condition condition, FormDefinition form, ObjectNode values) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(each -> holds(each, form, values));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(each -> holds(each, form, values));
        }
        return fieldHolds((Condition.FieldIs) condition, form, values);
    }

    private static boolean fieldHolds(Condition.FieldIs condition, FormDefinition form, ObjectNode values) {
        Optional<FieldDefinition> field = form.field(condition.fieldId());
        if (field.isEmpty()) {
            return false;
        }
        FieldOperand value = FieldOperand.of(field.get().type(), values.get(String.valueOf(condition.fieldId())));

        return compare(condition.operator(), value, condition.values());
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

    static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode()
                || (node.isString() && node.asString().isEmpty())
                || (node.isArray() && node.isEmpty());
    }
}
