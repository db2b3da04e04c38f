package io.potok.workflow.web;

import io.potok.platform.PotokException;

/**
 * A member who does not administer the organisation opened or changed its business calendars.
 */
class CalendarSettingsDenied extends PotokException {

    CalendarSettingsDenied() {
        super("calendar_settings_denied", 403);
    }
}
