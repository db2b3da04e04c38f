package io.potok.workflow;

/**
 * Finds the business calendar an organisation's business-hour due times count on.
 */
public interface BusinessCalendars {

    /** Returns the organisation's calendar; for now the standard week in the organisation's time zone. */
    BusinessCalendar of(long orgId);
}
