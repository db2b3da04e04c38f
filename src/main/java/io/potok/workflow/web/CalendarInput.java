package io.potok.workflow.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.potok.workflow.BusinessCalendar.WorkingHours;
import io.potok.workflow.CalendarInputInvalid;

/**
 * Reads the calendar page's form fields: time zones, times of day, dates and pasted date lists.
 */
final class CalendarInput {

    /** Dates as administrators paste them from official lists: ISO ({@code 2027-01-01}) or {@code 01.01.2027}. */
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The largest amount the calculator takes: about five working years of 2000 hours. */
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

    private CalendarInput() {
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException | NullPointerException invalid) {
            throw CalendarInputInvalid.zone(String.valueOf(text));
        }
    }

    static WorkingHours hours(String opens, String closes) {
        try {
            return new WorkingHours(LocalTime.parse(opens.trim()), LocalTime.parse(closes.trim()));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException invalid) {
            throw CalendarInputInvalid.hours(String.valueOf(opens), String.valueOf(closes));
        }
    }

    /**
     * Reads the week from the fields {@code <WEEKDAY>.working}, {@code <WEEKDAY>.opens} and
     * {@code <WEEKDAY>.closes}; a weekday not ticked as working is a day off.
     */
    static Map<DayOfWeek, WorkingHours> week(Map<String, String> form) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ("true".equals(form.get(day + ".working"))) {
                week.put(day, hours(form.get(day + ".opens"), form.get(day + ".closes")));
            }
        }
        return week;
    }

    static LocalDate date(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            return trimmed.contains(".") ? LocalDate.parse(trimmed, DOTTED) : LocalDate.parse(trimmed);
        } catch (DateTimeParseException invalid) {
            throw CalendarInputInvalid.date(trimmed);
        }
    }

    /** Reads dates separated by line breaks, spaces, commas or semicolons; rejects the list at the first bad date. */
    static List<LocalDate> dates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (String token : (text == null ? "" : text).split("[\\s,;]+")) {
            if (!token.isBlank()) {
                dates.add(date(token));
            }
        }
        if (dates.isEmpty()) {
            throw CalendarInputInvalid.date("");
        }
        return dates;
    }

    /** Reads a non-negative number of hours, with a fraction for minutes ({@code 1.5} is 90 minutes). */
    static Duration amount(String text) {
        try {
            BigDecimal hours = new BigDecimal(text.trim().replace(',', '.'));
            if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
                throw CalendarInputInvalid.amount(text);
            }
            return Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact());
        } catch (NumberFormatException | ArithmeticException | NullPointerException invalid) {
            throw CalendarInputInvalid.amount(String.valueOf(text));
        }
    }

    /** Reads a {@code datetime-local} field value such as {@code 2026-12-07T17:00}. */
    static LocalDateTime localDateTime(String text) {
        try {
            return LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException invalid) {
            throw CalendarInputInvalid.date(String.valueOf(text));
        }
    }
}
