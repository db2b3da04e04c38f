package io.potok.automation.internal.mail;

import io.potok.platform.PotokException;

/**
 * A member who does not administer the organisation opened or changed the SMTP settings.
 */
public class MailSettingsDenied extends PotokException {

    public MailSettingsDenied() {
        super("mail_settings_denied", 403);
    }
}
