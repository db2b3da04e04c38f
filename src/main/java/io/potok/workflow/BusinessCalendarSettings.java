package io.potok.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.workflow.BusinessCalendar.WorkingHours;

/**
 * Stores the organisation's calendar and its department calendars as administrators edit them. Each method
 * works on one calendar: the organisation's when {@code departmentId} is null, else that department's, which
 * is created on first change from the organisation's time zone and week. Every method rejects a department
 * of another organisation with {@link CalendarInputInvalid}.
 */
public interface BusinessCalendarSettings {

    /** Returns the organisation's own calendar, the standard one when none is stored. */
    BusinessCalendar organizationCalendar(long orgId);

    /** Returns the department's own calendar, without the organisation's dates; empty when it has none. */
    Optional<BusinessCalendar> departmentCalendar(long orgId, long departmentId);

    /** Returns the ids of the departments that have their own calendar. */
    Set<Long> departmentsWithCalendars(long orgId);

    /**
     * Replaces the calendar's time zone and working week.
     *
     * @throws CalendarInputInvalid when the week has no working day
     */
    void saveWeek(long orgId, Long departmentId, ZoneId zone, Map<DayOfWeek, WorkingHours> week);

    /**
     * Makes the dates holidays, replacing an extra working day on the same date, and returns how many dates
     * were not holidays before.
     */
    int addHolidays(long orgId, Long departmentId, Collection<LocalDate> dates);

    /** Makes the date an extra working day with the given hours, replacing a holiday on the same date. */
    void addExtraWorkingDay(long orgId, Long departmentId, LocalDate date, WorkingHours hours);

    /** Removes a holiday or extra working day; the date then follows the week again. */
    void removeDate(long orgId, Long departmentId, LocalDate date);

    /** Deletes the department's calendar, so that it uses its parent's or the organisation's again. */
    void removeDepartmentCalendar(long orgId, long departmentId);
}
