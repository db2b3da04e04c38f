package io.potok.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.potok.identity.Department;
import io.potok.identity.Members;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendarSettings;

/**
 * The demo business calendars: the organisation works Monday to Friday 09:00-18:00 on Moscow time with the
 * Russian public holidays of 2026 and 2027, and the Yekaterinburg and Novosibirsk warehouses work the same
 * hours on their local time.
 */
final class DemoCalendars {

    /** The warehouse departments with a calendar of their own, and their zones. */
    static final Map<String, ZoneId> BRANCH_ZONES = Map.of(
            "Склад Екатеринбург", ZoneId.of("Asia/Yekaterinburg"),
            "Склад Новосибирск", ZoneId.of("Asia/Novosibirsk"));

    private final BusinessCalendarSettings calendars;
    private final Members members;
    private final long orgId;

    DemoCalendars(BusinessCalendarSettings calendars, Members members, long orgId) {
        this.calendars = calendars;
        this.members = members;
        this.orgId = orgId;
    }

    void create() {
        calendars.addHolidays(orgId, null, holidays());
        for (Department department : members.departments(orgId)) {
            ZoneId zone = BRANCH_ZONES.get(department.name());
            if (zone != null) {
                calendars.saveWeek(orgId, department.id(), zone, BusinessCalendar.standardWeek());
            }
        }
    }

    /**
     * Returns the non-working public holidays of 2026 and 2027 under article 112 of the Russian Labour Code:
     * 1-8 January, 23 February, 8 March, 1 and 9 May, 12 June and 4 November. A holiday on a weekend moves to
     * the next working day. The January holidays that fall on a weekend are moved by a government decree
     * instead: for 2026, 3 January to 9 January and 4 January to 31 December. No decree for 2027 is applied.
     */
    // NOTE: demo data typed in by hand; administrators should check it against the official production calendar.
    static List<LocalDate> holidays() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year : List.of(2026, 2027)) {
            for (int day = 1; day <= 8; day++) {
                dates.add(LocalDate.of(year, 1, day));
            }
            for (LocalDate holiday : List.of(LocalDate.of(year, 2, 23), LocalDate.of(year, 3, 8),
                    LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 9), LocalDate.of(year, 6, 12),
                    LocalDate.of(year, 11, 4))) {
                dates.add(nextWorkingDay(holiday, dates));
            }
        }
        dates.add(LocalDate.of(2026, 1, 9));
        dates.add(LocalDate.of(2026, 12, 31));
        return dates;
    }

    /** Returns the date, or the first weekday after it that is not already a holiday when it falls on a weekend. */
    private static LocalDate nextWorkingDay(LocalDate holiday, List<LocalDate> holidays) {
        if (!isWeekend(holiday)) {
            return holiday;
        }
        LocalDate day = holiday.plusDays(1);
        while (isWeekend(day) || holidays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
