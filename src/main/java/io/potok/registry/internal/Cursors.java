package io.potok.registry.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;

import io.potok.registry.InvalidFilter;
import io.potok.registry.RegistrySort;

/**
 * Encodes the position after a page's last row as an opaque cursor: base64 of the sort it belongs to, the
 * row's sort value and its task id.
 */
final class Cursors {

    private static final String VERSION = "1";

    private Cursors() {
    }

    /** The position after a row: its sort value (null when empty) and task id. */
    record Position(Object value, long taskId) {
    }

    static String encode(RegistrySort sort, Object value, long taskId) {
        String text = String.join("\n", VERSION, sortKey(sort), String.valueOf(taskId),
                value == null ? "" : "=" + asText(value));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidFilter when the cursor is malformed or was issued for another sort order */
    static Position decode(String cursor, RegistrySort sort, ValueType type) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !sortKey(sort).equals(parts[1])) {
                throw new InvalidFilter("cursor", cursor);
            }
            Object value = parts[3].isEmpty() ? null : fromText(type, parts[3].substring(1));
            return new Position(value, Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidFilter("cursor", cursor);
        }
    }

    private static String sortKey(RegistrySort sort) {
        String column = sort.column().isField() ? "f" + sort.column().fieldId() : sort.column().system().name();
        return column + (sort.descending() ? ":desc" : ":asc");
    }

    private static String asText(Object value) {
        return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
    }

    private static Object fromText(ValueType type, String text) {
        switch (type) {
            case TEXT: case FLAG: return text;
            case NUMBER: return new BigDecimal(text);
            case DATE: return LocalDate.parse(text);
            case TIMESTAMP: return Instant.parse(text);
            case TIME: return LocalTime.parse(text);
            case INTEGER: return Integer.valueOf(text);
            case BIGINT: return Long.valueOf(text);
            case STATUS: return Boolean.valueOf(text);
            default: throw new IllegalArgumentException("Cannot page by " + type);
        }
    }
}
