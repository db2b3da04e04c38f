package io.potok.workflow;

import java.util.Collection;

/**
 * Finds the business calendar that business-hour due times count on. An organisation without a stored
 * calendar works Monday to Friday, 09:00 to 18:00 in its own time zone. A department's calendar has its own
 * time zone and week. The organisation's holidays and extra working days apply to it too, but its own dates
 * take precedence over the organisation's on the same date.
 */
public interface BusinessCalendars {

    /** Returns the organisation's calendar. */
    BusinessCalendar of(long orgId);

    /**
     * Returns the calendar of the department, or of the nearest department above it that has one, or the
     * organisation's when none has. A null department gives the organisation's calendar.
     */
    BusinessCalendar of(long orgId, Long departmentId);

    /**
     * Returns the calendar the members share: the calendar of their departments when every member's
     * department resolves to the same department calendar, else the organisation's. Members without a
     * department, and an empty collection, count on the organisation's calendar.
     */
    BusinessCalendar sharedBy(long orgId, Collection<Long> memberIds);
}
