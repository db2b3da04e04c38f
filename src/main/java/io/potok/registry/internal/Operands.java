package io.potok.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import io.potok.registry.InvalidFilter;

/**
 * Reads filter operands and cursor values as the type of their column, rejecting what does not fit.
 */
final class Operands {

    private static final Set<String> FLAG_VALUES = Set.of("checked", "unchecked", "none");
    private static final Set<String> STATUS_VALUES = Set.of("open", "closed");

    private Operands() {
    }

    /**
     * Converts one operand: a {@link LocalDate} or an {@link Instant} for timestamps, a {@link Long} item
     * id or the text itself for catalogs, {@link Boolean} {@code closed} for the status.
     *
     * @throws InvalidFilter naming the parameter and the value
     */
    static Object parse(ValueType type, String value, String parameter) {
        try {
            Object parsed = convert(type, value.trim());
            if (parsed == null) {
                throw new InvalidFilter(parameter, value);
            }
            return parsed;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidFilter(parameter, value);
        }
    }

    private static Object convert(ValueType type, String value) {
        switch (type) {
            case TEXT: return value;
            case NUMBER: return new BigDecimal(value);
            case DATE: return LocalDate.parse(value);
            case TIMESTAMP: return timestamp(value);
            case TIME: return LocalTime.parse(value);
            case FLAG: return FLAG_VALUES.contains(value) ? value : null;
            case INTEGER: case INTEGERS: return Integer.valueOf(value);
            case BIGINT: return Long.valueOf(value);
            case CATALOG: case REFERENCES: return isId(value) ? (Object) Long.valueOf(value) : value;
            case STATUS: return STATUS_VALUES.contains(value) ? "closed".equals(value) : null;
            default: return null;
        }
    }

    private static Object timestamp(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    static boolean isId(String value) {
        return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(Character::isDigit);
    }
}
