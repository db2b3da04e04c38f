package io.potok.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Adds working time to a moment on a {@link BusinessCalendar}: a start outside working hours counts from the
 * next opening, and days off are skipped.
 */
public final class BusinessHours {

    /** How far ahead an opening is looked for; a calendar with no working day in ten years is broken. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private BusinessHours() {
    }

    /**
     * Returns the moment when the given working time has passed after the start.
     *
     * @throws IllegalArgumentException when the amount is negative
     */
    public static Instant add(BusinessCalendar calendar, Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add is negative: " + amount);
        }
        Duration remaining = amount;
        ZonedDateTime cursor = start.atZone(calendar.zone());

        for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
            LocalDate date = cursor.toLocalDate();
            Optional<BusinessCalendar.WorkingHours> hours = calendar.hoursOn(date);
            if (hours.isPresent()) {
                ZonedDateTime opens = date.atTime(hours.get().opens()).atZone(calendar.zone());
                ZonedDateTime closes = date.atTime(hours.get().closes()).atZone(calendar.zone());
                ZonedDateTime from = cursor.isBefore(opens) ? opens : cursor;
                Duration available = from.isBefore(closes) ? Duration.between(from, closes) : Duration.ZERO;
                if (remaining.compareTo(available) <= 0 && !available.isZero()) {
                    return from.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            cursor = date.plusDays(1).atStartOfDay(calendar.zone());
        }
        throw new IllegalStateException("No working time found within " + MAX_DAYS_SEARCHED + " days of " + start);
    }
}
