package io.potok.automation.web;

import io.potok.platform.PotokException;

/**
 * A member who does not administer the organisation opened or changed an organisation-wide automation page,
 * such as the delivery log.
 */
public class AutomationSettingsDenied extends PotokException {

    public AutomationSettingsDenied() {
        super("automation_settings_denied", 403);
    }
}
