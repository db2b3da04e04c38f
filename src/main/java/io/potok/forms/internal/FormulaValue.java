package io.potok.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value a formula computes with: a number, a date, a text, a boolean, or empty when a field it reads is not
 * filled in.
 *
 * @param type the type, null for the empty value
 * @param content a {@link BigDecimal}, {@link LocalDate}, {@link String} or {@link Boolean}; null when empty
 */
record FormulaValue(FormulaType type, Object content) {

    static final FormulaValue EMPTY = new FormulaValue(null, null);

    static FormulaValue number(BigDecimal number) {
        return new FormulaValue(FormulaType.NUMBER, number);
    }

    static FormulaValue date(LocalDate date) {
        return new FormulaValue(FormulaType.DATE, date);
    }

    static FormulaValue text(String text) {
        return new FormulaValue(FormulaType.TEXT, text);
    }

    static FormulaValue bool(boolean value) {
        return new FormulaValue(FormulaType.BOOLEAN, value);
    }

    boolean isEmpty() {
        return type == null;
    }

    BigDecimal number() {
        return (BigDecimal) content;
    }

    LocalDate date() {
        return (LocalDate) content;
    }

    String text() {
        return (String) content;
    }

    boolean bool() {
        return (Boolean) content;
    }

    /** Returns the value as text for joining: numbers without exponent, dates as {@code yyyy-MM-dd}. */
    String asText() {
        if (type == FormulaType.NUMBER) {
            return number().toPlainString();
        }
        if (type == FormulaType.DATE) {
            return ScalarValues.ISO_DATE.format(date());
        }
        return String.valueOf(content);
    }
}
