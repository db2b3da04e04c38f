package io.potok.forms.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static io.potok.forms.internal.FormulaType.BOOLEAN;
import static io.potok.forms.internal.FormulaType.DATE;
import static io.potok.forms.internal.FormulaType.NUMBER;
import static io.potok.forms.internal.FormulaType.TEXT;

/**
 * The semantics of each operator and the operand types it accepts. The checker uses the types before publish
 * and the evaluator the values while computing, so both follow the same rules.
 */
final class FormulaOperations {

    /** Quotients keep 34 significant digits before the result is rounded to the field's decimal places. */
    private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_UP);

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private FormulaOperations() {
    }

    /** Returns the result type of a binary operator, or empty when it does not apply to these types. */
    static Optional<FormulaType> resultType(FormulaOperator operator, FormulaType left, FormulaType right) {
        if (operator.compares()) {
            boolean comparable = left == right && (!operator.ordersValues() || left != BOOLEAN);
            return comparable ? Optional.of(BOOLEAN) : Optional.empty();
        }
        switch (operator) {
            case ADD:
                return arithmetic(left, right, true);
            case SUBTRACT:
                return left == DATE && right == DATE ? Optional.of(NUMBER) : arithmetic(left, right, false);
            case MULTIPLY:
            case DIVIDE:
                return left == NUMBER && right == NUMBER ? Optional.of(NUMBER) : Optional.empty();
            case JOIN:
                return left != BOOLEAN && right != BOOLEAN ? Optional.of(TEXT) : Optional.empty();
            case AND:
            case OR:
                return left == BOOLEAN && right == BOOLEAN ? Optional.of(BOOLEAN) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** Returns the result type of {@code -x} or {@code not x}, or empty when it does not apply. */
    static Optional<FormulaType> resultType(FormulaOperator operator, FormulaType operand) {
        if (operator == FormulaOperator.NEGATE && operand == NUMBER) {
            return Optional.of(NUMBER);
        }
        if (operator == FormulaOperator.NOT && operand == BOOLEAN) {
            return Optional.of(BOOLEAN);
        }
        return Optional.empty();
    }

    /** Number with number, or a date with a number of days; a number plus a date also gives a date. */
    private static Optional<FormulaType> arithmetic(FormulaType left, FormulaType right, boolean commutes) {
        if (left == NUMBER && right == NUMBER) {
            return Optional.of(NUMBER);
        }
        if (left == DATE && right == NUMBER || commutes && left == NUMBER && right == DATE) {
            return Optional.of(DATE);
        }
        return Optional.empty();
    }

    /**
     * Applies a binary operator to two non-empty values; {@code and} and {@code or} are the evaluator's, since
     * they skip their right operand when the left one decides.
     *
     * @throws FormulaEvaluationFailed when the types do not fit, on division by zero, or a date out of range
     */
    static FormulaValue apply(FormulaOperator operator, FormulaValue left, FormulaValue right) {
        if (resultType(operator, left.type(), right.type()).isEmpty()) {
            throw FormulaEvaluationFailed.operandTypes(operator.symbol());
        }
        if (operator.compares()) {
            return FormulaValue.bool(compares(operator, compare(left, right)));
        }
        switch (operator) {
            case ADD:
                return add(left, right);
            case SUBTRACT:
                return subtract(left, right);
            case MULTIPLY:
                return FormulaValue.number(left.number().multiply(right.number()));
            case DIVIDE:
                return divide(left.number(), right.number());
            case JOIN:
                return FormulaValue.text(left.asText() + right.asText());
            default:
                throw FormulaEvaluationFailed.operandTypes(operator.symbol());
        }
    }

    /** Applies {@code -x} or {@code not x} to a non-empty value. */
    static FormulaValue apply(FormulaOperator operator, FormulaValue operand) {
        if (resultType(operator, operand.type()).isEmpty()) {
            throw FormulaEvaluationFailed.operandTypes(operator.symbol());
        }
        return operator == FormulaOperator.NEGATE
                ? FormulaValue.number(operand.number().negate())
                : FormulaValue.bool(!operand.bool());
    }

    /** Compares two values of the same type: numbers by value, dates by time, texts by character codes. */
    static int compare(FormulaValue left, FormulaValue right) {
        switch (left.type()) {
            case NUMBER:
                return left.number().compareTo(right.number());
            case DATE:
                return left.date().compareTo(right.date());
            case TEXT:
                return left.text().compareTo(right.text());
            default:
                return Boolean.compare(left.bool(), right.bool());
        }
    }

    private static boolean compares(FormulaOperator operator, int comparison) {
        switch (operator) {
            case EQUAL:
                return comparison == 0;
            case NOT_EQUAL:
                return comparison != 0;
            case LESS:
                return comparison < 0;
            case LESS_OR_EQUAL:
                return comparison <= 0;
            case GREATER:
                return comparison > 0;
            default:
                return comparison >= 0;
        }
    }

    private static FormulaValue add(FormulaValue left, FormulaValue right) {
        if (left.type() == DATE) {
            return plusDays(left.date(), right.number());
        }
        if (right.type() == DATE) {
            return plusDays(right.date(), left.number());
        }
        return FormulaValue.number(left.number().add(right.number()));
    }

    private static FormulaValue subtract(FormulaValue left, FormulaValue right) {
        if (left.type() == DATE && right.type() == DATE) {
            return FormulaValue.number(BigDecimal.valueOf(ChronoUnit.DAYS.between(right.date(), left.date())));
        }
        if (left.type() == DATE) {
            return plusDays(left.date(), right.number().negate());
        }
        return FormulaValue.number(left.number().subtract(right.number()));
    }

    private static FormulaValue divide(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new FormulaEvaluationFailed("division_by_zero", "");
        }
        return FormulaValue.number(dividend.divide(divisor, DIVISION));
    }

    /** Adds whole days; a fraction of a day is an error rather than silently dropped. */
    private static FormulaValue plusDays(LocalDate date, BigDecimal days) {
        if (days.signum() != 0 && days.stripTrailingZeros().scale() > 0) {
            throw new FormulaEvaluationFailed("days_not_whole", days.toPlainString());
        }
        try {
            return checkedDate(date.plusDays(days.longValueExact()));
        } catch (ArithmeticException | DateTimeException outOfRange) {
            throw new FormulaEvaluationFailed("date_out_of_range", "");
        }
    }

    /** Keeps dates within the years 1 to 9999, the dates a date field stores as {@code yyyy-MM-dd}. */
    static FormulaValue checkedDate(LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new FormulaEvaluationFailed("date_out_of_range", "");
        }
        return FormulaValue.date(date);
    }
}
