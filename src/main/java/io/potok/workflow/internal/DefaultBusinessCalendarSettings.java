package io.potok.workflow.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.identity.Department;
import io.potok.identity.Members;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendar.WorkingHours;
import io.potok.workflow.BusinessCalendarSettings;
import io.potok.workflow.BusinessCalendars;
import io.potok.workflow.CalendarInputInvalid;
import io.potok.workflow.internal.CalendarStore.CalendarRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stores calendar changes.
 */
@Service
@Transactional
class DefaultBusinessCalendarSettings implements BusinessCalendarSettings {

    private static final Logger log = LoggerFactory.getLogger(DefaultBusinessCalendarSettings.class);

    private final CalendarStore store;
    private final BusinessCalendars calendars;
    private final Members members;

    DefaultBusinessCalendarSettings(CalendarStore store, BusinessCalendars calendars, Members members) {
        this.store = store;
        this.calendars = calendars;
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public BusinessCalendar organizationCalendar(long orgId) {
        return calendars.of(orgId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BusinessCalendar> departmentCalendar(long orgId, long departmentId) {
        return store.find(orgId, departmentId).map(store::load);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> departmentsWithCalendars(long orgId) {
        return store.departmentCalendars(orgId).stream().map(CalendarRow::departmentId).collect(Collectors.toSet());
    }

    @Override
    public void saveWeek(long orgId, Long departmentId, ZoneId zone, Map<DayOfWeek, WorkingHours> week) {
        if (week.isEmpty()) {
            throw CalendarInputInvalid.emptyWeek();
        }
        CalendarRow calendar = calendarToChange(orgId, departmentId);
        store.updateZone(calendar.id(), zone);
        store.replaceWeek(calendar.id(), orgId, week);
        log.info("Saved the working week of calendar {} (org {}, department {}) in {}", calendar.id(), orgId,
                departmentId, zone);
    }

    @Override
    public int addHolidays(long orgId, Long departmentId, Collection<LocalDate> dates) {
        CalendarRow calendar = calendarToChange(orgId, departmentId);
        int added = 0;
        for (LocalDate date : Set.copyOf(dates)) {
            if (store.putDate(calendar.id(), orgId, date, null)) {
                added++;
            }
        }
        log.info("Added {} of {} holidays to calendar {} (org {})", added, dates.size(), calendar.id(), orgId);
        return added;
    }

    @Override
    public void addExtraWorkingDay(long orgId, Long departmentId, LocalDate date, WorkingHours hours) {
        CalendarRow calendar = calendarToChange(orgId, departmentId);
        store.putDate(calendar.id(), orgId, date, hours);
    }

    @Override
    public void removeDate(long orgId, Long departmentId, LocalDate date) {
        store.find(orgId, checked(orgId, departmentId))
                .ifPresent(calendar -> store.deleteDate(calendar.id(), date));
    }

    @Override
    public void removeDepartmentCalendar(long orgId, long departmentId) {
        store.find(orgId, checked(orgId, departmentId)).ifPresent(calendar -> {
            store.delete(calendar.id());
            log.info("Removed the calendar of department {} (org {})", departmentId, orgId);
        });
    }

    /**
     * Returns the stored calendar, creating it first: the organisation's from the standard week, a
     * department's from the organisation's zone and week.
     */
    private CalendarRow calendarToChange(long orgId, Long departmentId) {
        Optional<CalendarRow> stored = store.find(orgId, checked(orgId, departmentId));
        if (stored.isPresent()) {
            return stored.get();
        }
        BusinessCalendar template = calendars.of(orgId);
        return store.create(orgId, departmentId, template.zone(), template.week());
    }

    private Long checked(long orgId, Long departmentId) {
        if (departmentId == null) {
            return null;
        }
        boolean known = members.departments(orgId).stream().map(Department::id).anyMatch(departmentId::equals);
        if (!known) {
            throw CalendarInputInvalid.department(departmentId);
        }
        return departmentId;
    }
}
