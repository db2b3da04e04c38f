package io.potok.tasks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field values of a task form as the browser posts them, kept as typed so that a rejected form can be
 * shown again with nothing lost.
 *
 * <p>Parameter names: {@code f<fieldId>} for a field (repeated for several choices), and
 * {@code f<tableId>.r<row>.c<columnId>} for a table cell, where {@code row} is a number the page gives each
 * row. A row that already exists on the task also posts {@code f<tableId>.r<row>.id} with its stored row id.
 */
public final class FieldInput {

    private static final Pattern CELL = Pattern.compile("f(\\d+)\\.r(\\d+)\\.(c\\d+|id)");

    private final Map<String, List<String>> parameters;

    private FieldInput(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    public static FieldInput empty() {
        return new FieldInput(Map.of());
    }

    /** Keeps the parameters that name fields or table cells; others, such as the CSRF token, are dropped. */
    public static FieldInput of(Map<String, String[]> requestParameters) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        requestParameters.forEach((name, values) -> {
            if (name.matches("f\\d+(\\..*)?")) {
                kept.put(name, List.of(values));
            }
        });
        return new FieldInput(kept);
    }

    /** Builds the input from name-value pairs, as the task page does from stored values. */
    public static FieldInput ofValues(Map<String, List<String>> values) {
        return new FieldInput(new LinkedHashMap<>(values));
    }

    public static String name(int fieldId) {
        return "f" + fieldId;
    }

    public static String cellName(int tableId, int row, int columnId) {
        return "f" + tableId + ".r" + row + ".c" + columnId;
    }

    public static String rowIdName(int tableId, int row) {
        return "f" + tableId + ".r" + row + ".id";
    }

    /** Returns the first value posted for the field, trimmed; empty text when none. */
    public String value(int fieldId) {
        return first(name(fieldId));
    }

    public List<String> values(int fieldId) {
        return parameters.getOrDefault(name(fieldId), List.of()).stream()
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** Returns the non-blank values posted under a name, such as {@code f12.remove}. */
    public List<String> values(String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    public boolean has(int fieldId) {
        return parameters.containsKey(name(fieldId));
    }

    /** Returns the posted rows of a table in row-number order. */
    public List<Row> rows(int tableId) {
        Map<Integer, Row> rows = new TreeMap<>();
        for (String name : parameters.keySet()) {
            Matcher cell = CELL.matcher(name);
            if (cell.matches() && Integer.parseInt(cell.group(1)) == tableId) {
                int number = Integer.parseInt(cell.group(2));
                rows.computeIfAbsent(number, key -> new Row(tableId, key));
            }
        }
        return new ArrayList<>(rows.values());
    }

    private String first(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).trim();
    }

    /**
     * One posted table row.
     *
     * @param tableId the table field
     * @param number the row number the page gave it
     */
    public record Row(int tableId, int number) {
    }

    public String cell(Row row, int columnId) {
        return first(cellName(row.tableId(), row.number(), columnId));
    }

    /** Returns the stored row id the row was loaded with, or null for a row added on the page. */
    public Long storedRowId(Row row) {
        String id = first(rowIdName(row.tableId(), row.number()));
        return id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
