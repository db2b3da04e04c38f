package io.potok.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.registry.ColumnRef;
import io.potok.registry.DueFilter;
import io.potok.registry.FilterOperator;
import io.potok.registry.InvalidFilter;
import io.potok.registry.RegistryFilter;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistrySort;

/**
 * Reads the parameters of Pyrus's {@code forms/{id}/register} into a registry query.
 *
 * <p>A {@code fld{id}} or {@code id} value is one of: {@code empty}; {@code *} (filled); {@code ltV} or
 * {@code gtV} (strictly less or greater, for numbers, dates, times, steps and ids); {@code gtA,ltB} (a range);
 * {@code a,b,c} (any of); or a single value, which is a case-insensitive prefix for text fields and for a
 * catalog item's key (unless it is a number, which is an item id) and equality otherwise. Like Pyrus, only
 * open tasks are returned unless {@code include_archived} is {@code true} or {@code y}. Potok adds
 * {@code sort} (a column name, {@code -} in front for descending), {@code cursor} and {@code responsible}.
 */
final class RegisterParameters {

    private final long formId;
    private final Map<Integer, ProjectedField> fields;

    RegisterParameters(long formId, Map<Integer, ProjectedField> fields) {
        this.formId = formId;
        this.fields = fields;
    }

    /** @throws InvalidFilter naming the first parameter whose value cannot be used */
    RegistryQuery parse(Map<String, List<String>> parameters) {
        List<RegistryFilter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            filters.addAll(filters(parameter.getKey(), String.join(",", parameter.getValue()).trim()));
        }
        if (!isYes(single(parameters, "include_archived"))) {
            filters.add(new RegistryFilter(ColumnRef.STATUS, FilterOperator.EQUALS, List.of("open"),
                    "include_archived"));
        }
        return new RegistryQuery(formId, filters, dueFilter(single(parameters, "due_filter")),
                sort(single(parameters, "sort")), fieldIds(single(parameters, "field_ids")),
                pageSize(single(parameters, "item_count")), blankToNull(single(parameters, "cursor")));
    }

    private List<RegistryFilter> filters(String name, String value) {
        switch (name) {
            case "id": return valueFilters(name, ColumnRef.TASK_ID, ValueType.BIGINT, value);
            case "steps": return List.of(inList(name, ColumnRef.STEP, ValueType.INTEGER, value));
            case "task_ids": return List.of(inList(name, ColumnRef.TASK_ID, ValueType.BIGINT, value));
            case "responsible": return List.of(inList(name, ColumnRef.RESPONSIBLE, ValueType.BIGINT, value));
            case "created_before": return List.of(bound(name, ColumnRef.CREATED, FilterOperator.LESS, value));
            case "created_after": return List.of(bound(name, ColumnRef.CREATED, FilterOperator.GREATER, value));
            case "modified_before": return List.of(bound(name, ColumnRef.MODIFIED, FilterOperator.LESS, value));
            case "modified_after": return List.of(bound(name, ColumnRef.MODIFIED, FilterOperator.GREATER, value));
            case "closed_before": return List.of(bound(name, ColumnRef.CLOSED_AT, FilterOperator.LESS, value));
            case "closed_after": return List.of(bound(name, ColumnRef.CLOSED_AT, FilterOperator.GREATER, value));
            default: return name.startsWith("fld") ? fieldFilters(name, value) : List.of();
        }
    }

    private List<RegistryFilter> fieldFilters(String name, String value) {
        String id = name.substring(3);
        ProjectedField field = Operands.isId(id) ? fields.get(Integer.valueOf(id)) : null;
        if (field == null) {
            throw new InvalidFilter(name, value);
        }
        return valueFilters(name, ColumnRef.field(field.id()), ValueType.of(field.kind()), value);
    }

    private List<RegistryFilter> valueFilters(String name, ColumnRef column, ValueType type, String value) {
        if (value.isEmpty()) {
            throw new InvalidFilter(name, value);
        }
        if ("empty".equals(value) || "*".equals(value)) {
            FilterOperator operator = "*".equals(value) ? FilterOperator.FILLED : FilterOperator.EMPTY;
            return List.of(checked(name, column, type, operator));
        }
        boolean ordered = isOrdered(type);
        if (ordered && isComparison(value)) {
            List<RegistryFilter> bounds = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                bounds.add(comparison(name, column, type, part.trim()));
            }
            return bounds;
        }
        if (value.contains(",")) {
            return List.of(inList(name, column, type, value));
        }
        return List.of(checked(name, column, type, singleValueOperator(type, value), value));
    }

    private static FilterOperator singleValueOperator(ValueType type, String value) {
        boolean prefix = type == ValueType.TEXT
                || ((type == ValueType.CATALOG || type == ValueType.REFERENCES) && !Operands.isId(value));
        return prefix ? FilterOperator.STARTS_WITH : FilterOperator.EQUALS;
    }

    private static boolean isOrdered(ValueType type) {
        return type == ValueType.NUMBER || type == ValueType.DATE || type == ValueType.TIMESTAMP
                || type == ValueType.TIME || type == ValueType.INTEGER || type == ValueType.BIGINT;
    }

    private static boolean isComparison(String value) {
        return value.startsWith("lt") || value.startsWith("gt");
    }

    private static RegistryFilter comparison(String name, ColumnRef column, ValueType type, String part) {
        if (!isComparison(part) || part.length() < 3) {
            throw new InvalidFilter(name, part);
        }
        FilterOperator operator = part.startsWith("lt") ? FilterOperator.LESS : FilterOperator.GREATER;
        return checked(name, column, type, operator, part.substring(2));
    }

    private static RegistryFilter inList(String name, ColumnRef column, ValueType type, String value) {
        String[] parts = stripQuotes(stripBrackets(value)).split(",", -1);
        List<String> values = Arrays.stream(parts).map(String::trim).map(RegisterParameters::stripQuotes).toList();
        for (String each : values) {
            Operands.parse(type, each, name);
        }
        return new RegistryFilter(column, FilterOperator.IN, values, name);
    }

    private static RegistryFilter bound(String name, ColumnRef column, FilterOperator operator, String value) {
        return checked(name, column, ValueType.TIMESTAMP, operator, value);
    }

    private static RegistryFilter checked(String name, ColumnRef column, ValueType type, FilterOperator operator,
                                          String... values) {
        for (String value : values) {
            Operands.parse(type, value, name);
        }
        return new RegistryFilter(column, operator, List.of(values), name);
    }

    private static DueFilter dueFilter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DueFilter.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilter("due_filter", value);
        }
    }

    private RegistrySort sort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean descending = value.startsWith("-");
        ColumnRef column = sortColumn(descending ? value.substring(1) : value);
        if (column == null) {
            throw new InvalidFilter("sort", value);
        }
        return new RegistrySort(column, descending);
    }

    private ColumnRef sortColumn(String name) {
        switch (name) {
            case "id": return ColumnRef.TASK_ID;
            case "create_date": return ColumnRef.CREATED;
            case "last_modified_date": return ColumnRef.MODIFIED;
            case "close_date": return ColumnRef.CLOSED_AT;
            case "current_step": return ColumnRef.STEP;
            case "responsible": return ColumnRef.RESPONSIBLE;
            case "author": return ColumnRef.AUTHOR;
            case "subject": return ColumnRef.SUBJECT;
            default: break;
        }
        String id = name.startsWith("fld") ? name.substring(3) : "";
        boolean known = Operands.isId(id) && fields.containsKey(Integer.valueOf(id));
        return known ? ColumnRef.field(Integer.parseInt(id)) : null;
    }

    private List<Integer> fieldIds(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        for (String part : stripBrackets(value).split(",")) {
            String id = part.trim();
            if (!Operands.isId(id) || !fields.containsKey(Integer.valueOf(id))) {
                throw new InvalidFilter("field_ids", value);
            }
            ids.add(Integer.valueOf(id));
        }
        return ids;
    }

    private static int pageSize(String value) {
        if (value == null || value.isBlank()) {
            return RegistryQuery.DEFAULT_PAGE_SIZE;
        }
        String trimmed = value.trim();
        if (!Operands.isId(trimmed) || trimmed.length() > 6) {
            throw new InvalidFilter("item_count", value);
        }
        int size = Integer.parseInt(trimmed);
        if (size < 1 || size > RegistryQuery.MAX_PAGE_SIZE) {
            throw new InvalidFilter("item_count", value);
        }
        return size;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static boolean isYes(String value) {
        return value != null && ("true".equalsIgnoreCase(value.trim()) || "y".equalsIgnoreCase(value.trim()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String stripBrackets(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private static String stripQuotes(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
