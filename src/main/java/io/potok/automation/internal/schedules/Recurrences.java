package io.potok.automation.internal.schedules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.potok.forms.Recurrence;

/**
 * Computes the occurrences of a {@link Recurrence} in a time zone.
 * <p>
 * A monthly, quarterly, half-yearly or yearly series on a day that a month does not have falls on that
 * month's last day and returns to its own day in the next month that has it. An occurrence whose local time
 * falls into a daylight-saving gap moves forward by the length of the gap. In an overlap it takes the earlier
 * offset. {@code until} is inclusive, and {@code count} counts from the series' start, so a window late in
 * the series still stops after the {@code count}th occurrence.
 */
public final class Recurrences {

    private Recurrences() {
    }

    /** Returns the first occurrence strictly after {@code after}, or empty when the series has ended. */
    public static Optional<Instant> next(Recurrence recurrence, ZoneId zone, Instant after) {
        return instants(recurrence, zone, after).filter(at -> at.isAfter(after)).findFirst();
    }

    /** Returns the occurrences after {@code from} (exclusive) up to {@code to} (inclusive), oldest first. */
    public static List<Instant> between(Recurrence recurrence, ZoneId zone, Instant from, Instant to) {
        return instants(recurrence, zone, from)
                .takeWhile(at -> !at.isAfter(to))
                .filter(at -> at.isAfter(from))
                .toList();
    }

    /** Returns at most {@code limit} occurrences strictly after {@code after}, oldest first. */
    public static List<Instant> upcoming(Recurrence recurrence, ZoneId zone, Instant after, int limit) {
        return instants(recurrence, zone, after).filter(at -> at.isAfter(after)).limit(limit).toList();
    }

    /**
     * Streams the series' occurrences in order. Without a count the stream may skip the days before
     * {@code near}, since no occurrence there can matter to a caller looking after it.
     */
    private static Stream<Instant> instants(Recurrence recurrence, ZoneId zone, Instant near) {
        LocalDate first = recurrence.count() == null
                ? skipAhead(recurrence.start(), near, zone)
                : recurrence.start();
        Stream<LocalDate> dates = dates(recurrence, first);
        if (recurrence.until() != null) {
            dates = dates.takeWhile(date -> !date.isAfter(recurrence.until()));
        }
        if (recurrence.count() != null) {
            dates = dates.limit(Math.max(0, recurrence.count()));
        }
        return dates.map(date -> ZonedDateTime.of(date, recurrence.time(), zone).toInstant());
    }

    /** Picks the day before {@code near}'s local date, or the start when that is later, because zones differ by under a day. */
    private static LocalDate skipAhead(LocalDate start, Instant near, ZoneId zone) {
        LocalDate dayBefore = near.atZone(zone).toLocalDate().minusDays(1);
        return dayBefore.isAfter(start) ? dayBefore : start;
    }

    private static Stream<LocalDate> dates(Recurrence recurrence, LocalDate first) {
        switch (recurrence.frequency()) {
            case DAILY:
                return Stream.iterate(first, date -> date.plusDays(1));
            case WEEKLY:
                Set<DayOfWeek> days = weekdays(recurrence);
                return Stream.iterate(first, date -> date.plusDays(1)).filter(date -> days.contains(date.getDayOfWeek()));
            case MONTHLY:
                return monthly(recurrence, first, 1);
            case QUARTERLY:
                return monthly(recurrence, first, 3);
            case HALF_YEARLY:
                return monthly(recurrence, first, 6);
            case YEARLY:
                return monthly(recurrence, first, 12);
            default:
                throw new IllegalArgumentException("Unknown frequency " + recurrence.frequency());
        }
    }

    private static Set<DayOfWeek> weekdays(Recurrence recurrence) {
        return recurrence.daysOfWeek().isEmpty()
                ? EnumSet.of(recurrence.start().getDayOfWeek())
                : EnumSet.copyOf(recurrence.daysOfWeek());
    }

    /**
     * Streams one date every {@code stepMonths} months, counted from the start's month so that quarterly and
     * half-yearly series keep their phase, beginning with the period that contains {@code first}.
     */
    private static Stream<LocalDate> monthly(Recurrence recurrence, LocalDate first, int stepMonths) {
        YearMonth startMonth = YearMonth.from(recurrence.start());
        int day = recurrence.dayOfMonth() == null ? recurrence.start().getDayOfMonth() : recurrence.dayOfMonth();
        long monthsToFirst = startMonth.until(YearMonth.from(first), ChronoUnit.MONTHS);
        long firstPeriod = Math.max(0, monthsToFirst / stepMonths - 1);
        return LongStream.iterate(firstPeriod, period -> period + 1)
                .mapToObj(period -> dayInMonth(startMonth.plusMonths(period * stepMonths), day))
                .filter(date -> !date.isBefore(recurrence.start()));
    }

    private static LocalDate dayInMonth(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
