package io.potok.workflow.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.identity.Department;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendar.WorkingHours;
import io.potok.workflow.BusinessCalendars;
import io.potok.workflow.internal.CalendarStore.CalendarRow;
import org.springframework.stereotype.Service;

/**
 * Reads calendars from {@link CalendarStore} and picks a department's calendar by walking up the org chart.
 */
@Service
class DefaultBusinessCalendars implements BusinessCalendars {

    private final CalendarStore store;
    private final Organizations organizations;
    private final Members members;

    DefaultBusinessCalendars(CalendarStore store, Organizations organizations, Members members) {
        this.store = store;
        this.organizations = organizations;
        this.members = members;
    }

    @Override
    public BusinessCalendar of(long orgId) {
        return store.find(orgId, null).map(store::load)
                .orElseGet(() -> BusinessCalendar.standard(organizations.timeZone(orgId)));
    }

    @Override
    public BusinessCalendar of(long orgId, Long departmentId) {
        DepartmentCalendars calendars = departmentCalendars(orgId);
        return calendars.owner(departmentId)
                .map(owner -> merged(of(orgId), store.load(calendars.rows().get(owner))))
                .orElseGet(() -> of(orgId));
    }

    @Override
    public BusinessCalendar sharedBy(long orgId, Collection<Long> memberIds) {
        DepartmentCalendars calendars = departmentCalendars(orgId);
        Map<Long, Member> found = members.findAll(orgId, memberIds);
        Set<Optional<Long>> owners = new HashSet<>();
        for (Long memberId : memberIds) {
            Member member = found.get(memberId);
            owners.add(member == null ? Optional.empty() : calendars.owner(member.departmentId()));
        }
        if (owners.size() != 1 || owners.iterator().next().isEmpty()) {
            return of(orgId);
        }
        Long owner = owners.iterator().next().get();
        return merged(of(orgId), store.load(calendars.rows().get(owner)));
    }

    private DepartmentCalendars departmentCalendars(long orgId) {
        Map<Long, CalendarRow> rows = new HashMap<>();
        for (CalendarRow row : store.departmentCalendars(orgId)) {
            rows.put(row.departmentId(), row);
        }
        Map<Long, Long> parents = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Department department : members.departments(orgId)) {
                parents.put(department.id(), department.parentId());
            }
        }
        return new DepartmentCalendars(rows, parents);
    }

    /**
     * Lays the department's own week and zone over the organisation's dates, its own dates winning on the
     * same date.
     */
    static BusinessCalendar merged(BusinessCalendar organization, BusinessCalendar department) {
        Set<LocalDate> holidays = new HashSet<>(organization.holidays());
        Map<LocalDate, WorkingHours> extra = new HashMap<>(organization.extraWorkingDays());
        holidays.removeAll(department.extraWorkingDays().keySet());
        extra.keySet().removeAll(department.holidays());
        holidays.addAll(department.holidays());
        extra.putAll(department.extraWorkingDays());
        return new BusinessCalendar(department.zone(), department.week(), holidays, extra);
    }

    /**
     * The organisation's department calendars keyed by department id, and each department's parent.
     */
    record DepartmentCalendars(Map<Long, CalendarRow> rows, Map<Long, Long> parents) {

        /** Returns the department, or the nearest one above it, that has its own calendar. */
        Optional<Long> owner(Long departmentId) {
            Set<Long> visited = new HashSet<>();
            Long current = departmentId;
            while (current != null && visited.add(current)) {
                if (rows.containsKey(current)) {
                    return Optional.of(current);
                }
                current = parents.get(current);
            }
            return Optional.empty();
        }
    }
}
