package io.potok.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.potok.registry.FilterOperator;
import io.potok.registry.InvalidFilter;
import io.potok.registry.RegistryFilter;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Turns registry filters into SQL conditions on the projection. A date operand on a timestamp column covers
 * the local day in the member's time zone.
 */
final class FilterConditions {

    private final ZoneId zone;

    FilterConditions(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    Condition of(RegistryFilter filter, Target target) {
        FilterOperator operator = filter.operator();
        if (operator == FilterOperator.FILLED || operator == FilterOperator.EMPTY) {
            requireCount(filter, 0);
            return operator == FilterOperator.FILLED ? target.field().isNotNull() : target.field().isNull();
        }
        if (operator == FilterOperator.IN) {
            requireAny(filter);
            return DSL.or(filter.values().stream().map(value -> equalTo(filter, target, value)).toList());
        }
        requireCount(filter, 1);
        String value = filter.values().get(0);
        switch (operator) {
            case EQUALS: return equalTo(filter, target, value);
            case NOT_EQUALS: return DSL.not(equalTo(filter, target, value)).or(target.field().isNull());
            case STARTS_WITH: return startsWith(filter, target, value);
            default: return compare(filter, target, operator, value);
        }
    }

    private Condition equalTo(RegistryFilter filter, Target target, String raw) {
        Object value = Operands.parse(target.type(), raw, filter.parameter());
        if (value instanceof LocalDate && target.type() == ValueType.TIMESTAMP) {
            LocalDate day = (LocalDate) value;
            return target.field().ge(startOf(day)).and(target.field().lt(startOf(day.plusDays(1))));
        }
        if (target.type() == ValueType.REFERENCES && value instanceof Long) {
            return DSL.condition("{0} && {1}", target.field(),
                    DSL.val(new Long[] {(Long) value}, SQLDataType.BIGINT.array()));
        }
        if ((target.type() == ValueType.CATALOG || target.type() == ValueType.REFERENCES) && value instanceof String) {
            return DSL.lower(target.text()).eq(((String) value).toLowerCase());
        }
        if (target.type() == ValueType.INTEGERS) {
            return DSL.condition("{0} && {1}", target.field(),
                    DSL.val(new Integer[] {(Integer) value}, SQLDataType.INTEGER.array()));
        }
        return target.field().eq(value);
    }

    private Condition startsWith(RegistryFilter filter, Target target, String value) {
        Field<String> text = target.type() == ValueType.CATALOG || target.type() == ValueType.REFERENCES
                ? target.text()
                : target.type() == ValueType.TEXT ? target.field().cast(SQLDataType.CLOB) : null;
        if (text == null || value.isEmpty()) {
            throw new InvalidFilter(filter.parameter(), value);
        }
        return DSL.lower(text).like(escapeLike(value.toLowerCase()) + "%", '!');
    }

    private Condition compare(RegistryFilter filter, Target target, FilterOperator operator, String raw) {
        ValueType type = target.type();
        if (type == ValueType.INTEGERS || type == ValueType.STATUS || type == ValueType.FLAG
                || type == ValueType.CATALOG || type == ValueType.REFERENCES) {
            throw new InvalidFilter(filter.parameter(), raw);
        }
        Object value = Operands.parse(type, raw, filter.parameter());
        if (value instanceof LocalDate && type == ValueType.TIMESTAMP) {
            return compareDay(target.field(), operator, (LocalDate) value);
        }
        switch (operator) {
            case GREATER: return target.field().gt(value);
            case LESS: return target.field().lt(value);
            case AT_LEAST: return target.field().ge(value);
            case AT_MOST: return target.field().le(value);
            default: throw new InvalidFilter(filter.parameter(), raw);
        }
    }

    private Condition compareDay(Field<Object> field, FilterOperator operator, LocalDate day) {
        switch (operator) {
            case GREATER: return field.ge(startOf(day.plusDays(1)));
            case LESS: return field.lt(startOf(day));
            case AT_LEAST: return field.ge(startOf(day));
            case AT_MOST: return field.lt(startOf(day.plusDays(1)));
            default: throw new IllegalArgumentException("Not a comparison: " + operator);
        }
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void requireCount(RegistryFilter filter, int count) {
        if (filter.values().size() != count) {
            throw new InvalidFilter(filter.parameter(), String.join(",", filter.values()));
        }
    }

    private static void requireAny(RegistryFilter filter) {
        if (filter.values().isEmpty()) {
            throw new InvalidFilter(filter.parameter(), "");
        }
    }

}
