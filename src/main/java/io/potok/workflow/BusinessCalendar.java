package io.potok.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working time of an organisation: its time zone, the working hours of each weekday and its days off.
 * Business-hour due times count only the time inside these hours.
 *
 * @param zone the zone the working hours are in
 * @param week working hours per weekday; a weekday missing from the map is a day off
 * @param holidays dates that are days off whatever their weekday
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, Set<LocalDate> holidays) {

    public static final LocalTime DEFAULT_OPENS = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_CLOSES = LocalTime.of(18, 0);

    public BusinessCalendar {
        week = week.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(week));
        holidays = Set.copyOf(holidays);
        if (week.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one working weekday");
        }
    }

    /** Returns the default calendar: Monday to Friday, 09:00 to 18:00 in the zone, no holidays. */
    public static BusinessCalendar standard(ZoneId zone) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new WorkingHours(DEFAULT_OPENS, DEFAULT_CLOSES));
            }
        }
        return new BusinessCalendar(zone, week, Set.of());
    }

    /** Returns the same calendar with the given dates as extra days off. */
    public BusinessCalendar withHolidays(Set<LocalDate> dates) {
        return new BusinessCalendar(zone, week, dates);
    }

    /** Returns the working hours of the date, or empty when it is a day off. */
    public Optional<WorkingHours> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    /**
     * The working hours of one day, in the calendar's zone.
     *
     * @param opens when work starts
     * @param closes when work ends, after {@code opens}
     */
    public record WorkingHours(LocalTime opens, LocalTime closes) {

        public WorkingHours {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("Working hours close at " + closes + ", not after " + opens);
            }
        }
    }
}
