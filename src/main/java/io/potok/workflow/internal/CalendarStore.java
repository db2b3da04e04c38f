package io.potok.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendar.WorkingHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the business calendar tables: one row per calendar, its weekly hours and its dates.
 */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored calendar.
     *
     * @param departmentId the department it belongs to, null for the organisation's
     */
    record CalendarRow(long id, Long departmentId, ZoneId zone) {
    }

    Optional<CalendarRow> find(long orgId, Long departmentId) {
        return jdbc.sql("""
                        select id, department_id, zone from business_calendars
                        where org_id = :org and department_id is not distinct from :department
                        """)
                .param("org", orgId).param("department", departmentId)
                .query(CalendarStore::row).optional();
    }

    List<CalendarRow> departmentCalendars(long orgId) {
        return jdbc.sql("""
                        select id, department_id, zone from business_calendars
                        where org_id = :org and department_id is not null
                        """)
                .param("org", orgId).query(CalendarStore::row).list();
    }

    /** Creates the calendar unless another request did first, and returns the stored row. */
    CalendarRow create(long orgId, Long departmentId, ZoneId zone, Map<DayOfWeek, WorkingHours> week) {
        String conflict = departmentId == null ? "(org_id) where department_id is null"
                : "(department_id) where department_id is not null";
        Optional<Long> id = jdbc.sql("insert into business_calendars (org_id, department_id, zone)"
                        + " values (:org, :department, :zone) on conflict " + conflict + " do nothing returning id")
                .param("org", orgId).param("department", departmentId).param("zone", zone.getId())
                .query(Long.class).optional();
        id.ifPresent(created -> replaceWeek(created, orgId, week));
        return find(orgId, departmentId).orElseThrow();
    }

    void updateZone(long calendarId, ZoneId zone) {
        jdbc.sql("update business_calendars set zone = :zone where id = :id")
                .param("zone", zone.getId()).param("id", calendarId).update();
    }

    void replaceWeek(long calendarId, long orgId, Map<DayOfWeek, WorkingHours> week) {
        jdbc.sql("delete from business_calendar_hours where calendar_id = :id").param("id", calendarId).update();
        week.forEach((day, hours) -> jdbc.sql("""
                        insert into business_calendar_hours (calendar_id, org_id, weekday, opens, closes)
                        values (:id, :org, :weekday, :opens, :closes)
                        """)
                .param("id", calendarId).param("org", orgId).param("weekday", day.getValue())
                .param("opens", hours.opens()).param("closes", hours.closes())
                .update());
    }

    /** Stores the date as a holiday (null hours) or an extra working day; returns whether the row changed. */
    boolean putDate(long calendarId, long orgId, LocalDate date, WorkingHours hours) {
        return jdbc.sql("""
                        insert into business_calendar_dates (calendar_id, org_id, day, opens, closes)
                        values (:id, :org, :day, :opens, :closes)
                        on conflict (calendar_id, day) do update set opens = excluded.opens, closes = excluded.closes
                        where business_calendar_dates.opens is distinct from excluded.opens
                           or business_calendar_dates.closes is distinct from excluded.closes
                        """)
                .param("id", calendarId).param("org", orgId).param("day", date)
                .param("opens", hours == null ? null : hours.opens())
                .param("closes", hours == null ? null : hours.closes())
                .update() > 0;
    }

    void deleteDate(long calendarId, LocalDate date) {
        jdbc.sql("delete from business_calendar_dates where calendar_id = :id and day = :day")
                .param("id", calendarId).param("day", date).update();
    }

    void delete(long calendarId) {
        jdbc.sql("delete from business_calendars where id = :id").param("id", calendarId).update();
    }

    /** Loads the calendar's own week and dates. */
    BusinessCalendar load(CalendarRow calendar) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select weekday, opens, closes from business_calendar_hours where calendar_id = :id")
                .param("id", calendar.id())
                .query((ResultSet row) -> {
                    week.put(DayOfWeek.of(row.getInt("weekday")), hours(row));
                });
        Set<LocalDate> holidays = new HashSet<>();
        Map<LocalDate, WorkingHours> extra = new LinkedHashMap<>();
        jdbc.sql("select day, opens, closes from business_calendar_dates where calendar_id = :id")
                .param("id", calendar.id())
                .query((ResultSet row) -> {
                    LocalDate day = row.getObject("day", LocalDate.class);
                    if (row.getTime("opens") == null) {
                        holidays.add(day);
                    } else {
                        extra.put(day, hours(row));
                    }
                });
        return new BusinessCalendar(calendar.zone(), week, holidays, extra);
    }

    private static WorkingHours hours(ResultSet row) throws SQLException {
        Time opens = row.getTime("opens");
        Time closes = row.getTime("closes");
        return new WorkingHours(opens.toLocalTime(), closes.toLocalTime());
    }

    private static CalendarRow row(ResultSet row, int number) throws SQLException {
        long departmentId = row.getLong("department_id");
        return new CalendarRow(row.getLong("id"), row.wasNull() ? null : departmentId,
                ZoneId.of(row.getString("zone")));
    }
}
