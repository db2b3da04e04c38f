package io.potok.forms.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import tools.jackson.databind.JsonNode;

/**
 * Parses and rounds the values of number and money fields. Every value is an exact {@link BigDecimal},
 * rounded half-up to the field's decimal places.
 */
final class Numbers {

    static final int MONEY_DEFAULT_PLACES = 2;

    /** Places kept for a number field without decimal places, so a value like 1/3 cannot grow without bound. */
    static final int UNSET_PLACES_LIMIT = 12;

    /** Digits before the point: 18 keeps every value inside a signed 64-bit integer part. */
    static final int MAX_INTEGER_DIGITS = 18;

    private Numbers() {
    }

    /**
     * Reads a JSON number or a numeric string such as {@code "-12.5"}; empty when the node is neither.
     */
    static Optional<BigDecimal> read(JsonNode value) {
        if (value.isNumber()) {
            return value.isFloatingPointNumber() && !value.isBigDecimal()
                    ? Optional.of(new BigDecimal(value.asString()))
                    : Optional.of(value.decimalValue());
        }
        if (value.isString()) {
            return parse(value.stringValue().trim());
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> parse(String text) {
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /**
     * Rounds half-up to the field's decimal places: money defaults to 2, a number without decimal places
     * keeps the digits it was given (up to {@value #UNSET_PLACES_LIMIT}).
     */
    static BigDecimal round(FieldDefinition field, BigDecimal number) {
        Integer places = places(field);
        if (places != null) {
            return number.setScale(places, RoundingMode.HALF_UP);
        }
        int scale = Math.max(0, Math.min(number.scale(), UNSET_PLACES_LIMIT));
        return number.setScale(scale, RoundingMode.HALF_UP);
    }

    static Integer places(FieldDefinition field) {
        Integer places = field.info().decimalPlaces();
        if (places == null && field.type() == FieldType.MONEY) {
            return MONEY_DEFAULT_PLACES;
        }
        return places;
    }

    static boolean tooLarge(BigDecimal number) {
        return number.precision() - number.scale() > MAX_INTEGER_DIGITS;
    }
}
