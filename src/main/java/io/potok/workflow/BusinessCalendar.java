package io.potok.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working time of an organisation or a department: its time zone, the working hours of each weekday, its
 * holidays and its extra working days. Business-hour due times count only the time inside these hours.
 *
 * @param zone the zone the working hours are in
 * @param week working hours per weekday; a weekday missing from the map is a day off
 * @param holidays dates that are days off whatever their weekday
 * @param extraWorkingDays dates that are worked whatever their weekday, with their hours, such as a Saturday
 *        worked in place of a holiday. The constructor rejects a date that is also a holiday.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, Set<LocalDate> holidays,
                               Map<LocalDate, WorkingHours> extraWorkingDays) {

    public static final LocalTime DEFAULT_OPENS = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_CLOSES = LocalTime.of(18, 0);

    public BusinessCalendar {
        week = week.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(week));
        holidays = Set.copyOf(holidays);
        extraWorkingDays = Map.copyOf(extraWorkingDays);
        if (week.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one working weekday");
        }
        for (LocalDate date : extraWorkingDays.keySet()) {
            if (holidays.contains(date)) {
                throw new IllegalArgumentException(date + " is both a holiday and an extra working day");
            }
        }
    }

    /** Creates a calendar without extra working days. */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, Set<LocalDate> holidays) {
        this(zone, week, holidays, Map.of());
    }

    /** Returns the default calendar: Monday to Friday, 09:00 to 18:00 in the zone, no holidays. */
    public static BusinessCalendar standard(ZoneId zone) {
        return new BusinessCalendar(zone, standardWeek(), Set.of());
    }

    /** Returns Monday to Friday, 09:00 to 18:00. */
    public static Map<DayOfWeek, WorkingHours> standardWeek() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new WorkingHours(DEFAULT_OPENS, DEFAULT_CLOSES));
            }
        }
        return week;
    }

    /** Returns the same calendar with the given dates as its holidays, replacing the holidays it had. */
    public BusinessCalendar withHolidays(Set<LocalDate> dates) {
        Map<LocalDate, WorkingHours> extra = new HashMap<>(extraWorkingDays);
        extra.keySet().removeAll(dates);
        return new BusinessCalendar(zone, week, dates, extra);
    }

    /** Returns the same calendar with the given dates as its extra working days, replacing those it had. */
    public BusinessCalendar withExtraWorkingDays(Map<LocalDate, WorkingHours> days) {
        return new BusinessCalendar(zone, week, holidays, days);
    }

    /** Returns the working hours of the date, or empty when it is a day off. */
    public Optional<WorkingHours> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return Optional.empty();
        }
        WorkingHours extra = extraWorkingDays.get(date);
        if (extra != null) {
            return Optional.of(extra);
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
