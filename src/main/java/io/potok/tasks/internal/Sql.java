package io.potok.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/**
 * Conversions between Java values and JDBC parameters and columns.
 */
final class Sql {

    private Sql() {
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static java.sql.Date date(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    static String json(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static LocalDate localDate(ResultSet row, String column) throws SQLException {
        java.sql.Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
