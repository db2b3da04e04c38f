package io.potok.workflow;

import io.potok.platform.PotokException;

/**
 * A calendar change that cannot be saved: a week without working days, hours that close before they open,
 * an unknown time zone, an unreadable date, a negative or unreadable number of hours, or a department of another organisation.
 */
public class CalendarInputInvalid extends PotokException {

    private CalendarInputInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    public static CalendarInputInvalid emptyWeek() {
        return new CalendarInputInvalid("calendar_week_empty");
    }

    public static CalendarInputInvalid hours(String opens, String closes) {
        return new CalendarInputInvalid("calendar_hours_invalid", opens, closes);
    }

    public static CalendarInputInvalid zone(String zone) {
        return new CalendarInputInvalid("calendar_zone_invalid", zone);
    }

    public static CalendarInputInvalid date(String date) {
        return new CalendarInputInvalid("calendar_date_invalid", date);
    }

    public static CalendarInputInvalid amount(String hours) {
        return new CalendarInputInvalid("calendar_amount_invalid", hours);
    }

    public static CalendarInputInvalid department(long departmentId) {
        return new CalendarInputInvalid("calendar_department_not_found", departmentId);
    }
}
