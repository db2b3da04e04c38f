package io.potok.forms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When something recurs, in the organisation's time zone (or a department's, where the schedule says so).
 * A monthly series on a day the month does not have falls on the month's last day and returns to its day
 * afterwards: the 31st gives 31 Jan, 29 Feb (in a leap year), 31 Mar, 30 Apr.
 *
 * @param frequency how often
 * @param start the first date the series may fall on
 * @param time the time of day of each occurrence
 * @param daysOfWeek for {@code weekly}: the weekdays; empty means the start's weekday
 * @param dayOfMonth for {@code monthly}, {@code quarterly}, {@code half_yearly} and {@code yearly}: the day
 *        of the month; null means the start's day
 * @param until the last date an occurrence may fall on, or null
 * @param count how many occurrences there are at most, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Recurrence(Frequency frequency, LocalDate start, LocalTime time, List<DayOfWeek> daysOfWeek,
                         Integer dayOfMonth, LocalDate until, Integer count) {

    public Recurrence {
        daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
        time = time == null ? LocalTime.of(9, 0) : time;
    }

    /** How often a series recurs; quarterly and half-yearly count from the start's month. */
    public enum Frequency {
        DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }

        @JsonCreator
        public static Frequency fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }
}
