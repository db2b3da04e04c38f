package io.potok.api.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The API's text forms of time: datetimes as {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, dates as {@code yyyy-MM-dd}.
 */
final class ApiFormats {

    private ApiFormats() {
    }

    static String dateTime(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Parses a datetime as clients send it; {@code yyyy-MM-ddTHH:mm:ssZ} and fractions of a second are accepted.
     *
     * @throws InvalidApiValue naming the parameter when the text is not a UTC datetime
     */
    static Instant parseDateTime(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidApiValue(parameter, text);
        }
    }

    /**
     * Parses a date as {@code yyyy-MM-dd}.
     *
     * @throws InvalidApiValue naming the parameter when the text is not such a date
     */
    static LocalDate parseDate(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidApiValue(parameter, text);
        }
    }

    /** A request value that does not have the format the API expects; the message names both. */
    static class InvalidApiValue extends io.potok.platform.PotokException {
        InvalidApiValue(String parameter, String value) {
            super("invalid_parameter", 400, parameter, value);
        }
    }
}
