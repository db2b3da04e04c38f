package io.potok.workflow.internal;

import io.potok.identity.Organizations;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendars;
import org.springframework.stereotype.Service;

/**
 * Gives every organisation the standard working week in its own time zone.
 */
// TODO: read per-organisation working hours and holidays once organisations can configure them.
@Service
class DefaultBusinessCalendars implements BusinessCalendars {

    private final Organizations organizations;

    DefaultBusinessCalendars(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    public BusinessCalendar of(long orgId) {
        return BusinessCalendar.standard(organizations.timeZone(orgId));
    }
}
