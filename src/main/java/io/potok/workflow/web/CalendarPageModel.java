package io.potok.workflow.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.potok.identity.Department;
import io.potok.identity.Members;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendarSettings;
import io.potok.workflow.BusinessCalendars;
import io.potok.workflow.CalendarInputInvalid;
import io.potok.workflow.web.CalendarSettingsView.Calculation;
import io.potok.workflow.web.CalendarSettingsView.DateRow;
import io.potok.workflow.web.CalendarSettingsView.DepartmentOption;
import org.springframework.stereotype.Component;

/**
 * Builds the calendar settings page's view of one calendar.
 */
@Component
class CalendarPageModel {

    /** Russia's zones first, as the reference organisations work there, then a few common others. */
    private static final List<String> ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk",
            "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka", "Europe/Minsk",
            "Asia/Almaty", "Europe/Berlin", "Europe/London", "UTC");

    private final BusinessCalendarSettings settings;
    private final BusinessCalendars calendars;
    private final Members members;

    CalendarPageModel(BusinessCalendarSettings settings, BusinessCalendars calendars, Members members) {
        this.settings = settings;
        this.calendars = calendars;
        this.members = members;
    }

    CalendarSettingsView view(long orgId, Long departmentId, Calculation calculation, String error) {
        List<Department> departments = members.departments(orgId);
        Set<Long> withCalendars = settings.departmentsWithCalendars(orgId);
        if (departmentId != null && departments.stream().noneMatch(each -> each.id() == departmentId)) {
            throw CalendarInputInvalid.department(departmentId);
        }
        boolean own = departmentId == null || withCalendars.contains(departmentId);
        BusinessCalendar calendar = calendars.of(orgId, departmentId);
        return new CalendarSettingsView(departmentId, options(departments, withCalendars), own,
                inheritedFrom(departments, withCalendars, departmentId, own), calendar,
                dates(orgId, departmentId, calendar), zones(calendar.zone()), calculation, error);
    }

    private List<DateRow> dates(long orgId, Long departmentId, BusinessCalendar calendar) {
        Optional<BusinessCalendar> own = departmentId == null ? Optional.empty()
                : settings.departmentCalendar(orgId, departmentId);
        Set<LocalDate> all = new TreeSet<>(calendar.holidays());
        all.addAll(calendar.extraWorkingDays().keySet());
        List<DateRow> rows = new ArrayList<>();
        for (LocalDate date : all) {
            boolean fromOrganization = departmentId != null && own.map(mine -> !mine.holidays().contains(date)
                    && !mine.extraWorkingDays().containsKey(date)).orElse(true);
            rows.add(new DateRow(date, calendar.extraWorkingDays().get(date), fromOrganization));
        }
        return rows;
    }

    /** Returns the department the calendar is inherited from, or null for the organisation's or an own one. */
    private static String inheritedFrom(List<Department> departments, Set<Long> withCalendars, Long departmentId,
                                        boolean own) {
        if (own) {
            return null;
        }
        Map<Long, Department> byId = new HashMap<>();
        departments.forEach(department -> byId.put(department.id(), department));
        Department current = byId.get(departmentId);
        Set<Long> visited = new TreeSet<>();
        while (current != null && visited.add(current.id())) {
            if (withCalendars.contains(current.id())) {
                return current.name();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    /** Lists departments depth first under their parents, each label indented by its depth. */
    private static List<DepartmentOption> options(List<Department> departments, Set<Long> withCalendars) {
        List<DepartmentOption> options = new ArrayList<>();
        addChildren(departments, null, 0, withCalendars, options, new TreeSet<>());
        return options;
    }

    private static void addChildren(List<Department> departments, Long parentId, int depth, Set<Long> withCalendars,
                                    List<DepartmentOption> options, Set<Long> added) {
        departments.stream()
                .filter(department -> Objects.equals(department.parentId(), parentId))
                .sorted(Comparator.comparing(Department::name))
                .forEach(department -> {
                    if (added.add(department.id())) {
                        options.add(new DepartmentOption(department.id(), "— ".repeat(depth) + department.name(),
                                withCalendars.contains(department.id())));
                        addChildren(departments, department.id(), depth + 1, withCalendars, options, added);
                    }
                });
    }

    private static List<String> zones(ZoneId current) {
        List<String> zones = new ArrayList<>(ZONES);
        if (!zones.contains(current.getId())) {
            zones.add(0, current.getId());
        }
        return zones;
    }
}
