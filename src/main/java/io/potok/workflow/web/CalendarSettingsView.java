package io.potok.workflow.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendar.WorkingHours;

/**
 * The content of the calendar settings page for one calendar.
 *
 * @param departmentId the department whose calendar is shown, null for the organisation's
 * @param departments every department, to pick a calendar
 * @param ownCalendar whether the shown department has a calendar of its own; always true for the organisation
 * @param inheritedFrom for a department without its own calendar, the department it uses, or null when it
 *        uses the organisation's
 * @param calendar the calendar in effect: the week shown and the dates listed
 * @param dates the holidays and extra working days in effect, sorted by date
 * @param zones time zones offered in the zone field
 * @param calculation the calculator's result, or null before it is used
 * @param error the message of a rejected change, or null
 */
public record CalendarSettingsView(Long departmentId, List<DepartmentOption> departments, boolean ownCalendar,
                            String inheritedFrom, BusinessCalendar calendar, List<DateRow> dates, List<String> zones,
                            Calculation calculation, String error) {

    public static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    public WorkingHours hoursOn(DayOfWeek day) {
        return calendar.week().get(day);
    }

    /**
     * A department in the calendar picker.
     *
     * @param label the name, indented by its depth in the org chart
     * @param ownCalendar whether it has a calendar of its own
     */
    public record DepartmentOption(long id, String label, boolean ownCalendar) {
    }

    /**
     * A date that differs from the week.
     *
     * @param hours the hours of an extra working day, null for a holiday
     * @param fromOrganization whether it comes from the organisation's calendar, so it is changed there
     */
    public record DateRow(LocalDate date, WorkingHours hours, boolean fromOrganization) {

        public boolean holiday() {
            return hours == null;
        }
    }

    /**
     * A result of the "when is it due" calculator, in the calendar's zone.
     *
     * @param start the start as entered, a {@code datetime-local} value
     * @param hours the working hours as entered
     * @param due the due moment as local date and time, formatted {@code dd.MM.yyyy HH:mm}
     */
    public record Calculation(String start, String hours, String due) {
    }
}
