package io.potok.forms.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Computations of the functions {@code sum}, {@code min}, {@code max}, {@code round} and {@code abs}. The
 * evaluator handles {@code if}, {@code ifempty} and {@code today} itself, because they choose what to evaluate.
 */
final class FormulaFunctions {

    /** The maximum places {@code round} takes in either direction, as many as the digits a number field holds. */
    static final int MAX_ROUND_PLACES = 18;

    private FormulaFunctions() {
    }

    /**
     * Sums the numbers, or finds the smallest or largest number or date. Empty values are skipped, and the
     * result is empty when every value is.
     */
    static FormulaValue aggregate(FormulaFunction function, List<FormulaValue> values) {
        List<FormulaValue> filled = values.stream().filter(value -> !value.isEmpty()).toList();
        if (filled.isEmpty()) {
            return FormulaValue.EMPTY;
        }
        FormulaType type = filled.get(0).type();
        boolean fits = type == FormulaType.NUMBER || type == FormulaType.DATE && function != FormulaFunction.SUM;
        if (!fits || filled.stream().anyMatch(value -> value.type() != type)) {
            throw FormulaEvaluationFailed.operandTypes(function.lowerCaseName());
        }
        return function == FormulaFunction.SUM ? sum(filled) : extreme(function, filled);
    }

    private static FormulaValue sum(List<FormulaValue> numbers) {
        return FormulaValue.number(numbers.stream().map(FormulaValue::number).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static FormulaValue extreme(FormulaFunction function, List<FormulaValue> values) {
        FormulaValue best = values.get(0);
        for (FormulaValue value : values) {
            int comparison = FormulaOperations.compare(value, best);
            if (function == FormulaFunction.MIN ? comparison < 0 : comparison > 0) {
                best = value;
            }
        }
        return best;
    }

    /**
     * Rounds half-up, away from zero on a tie, to the places. Negative places round to tens, hundreds and so on.
     */
    static FormulaValue round(FormulaValue number, FormulaValue places) {
        requireNumber(number, "round");
        requireNumber(places, "round");
        BigDecimal wanted = places.number();
        boolean whole = wanted.signum() == 0 || wanted.stripTrailingZeros().scale() <= 0;
        if (!whole || wanted.abs().compareTo(BigDecimal.valueOf(MAX_ROUND_PLACES)) > 0) {
            throw new FormulaEvaluationFailed("round_places", wanted.toPlainString());
        }
        return FormulaValue.number(number.number().setScale(wanted.intValueExact(), RoundingMode.HALF_UP));
    }

    static FormulaValue abs(FormulaValue number) {
        requireNumber(number, "abs");
        return FormulaValue.number(number.number().abs());
    }

    private static void requireNumber(FormulaValue value, String function) {
        if (value.type() != FormulaType.NUMBER) {
            throw FormulaEvaluationFailed.operandTypes(function);
        }
    }
}
