package io.potok.automation.internal.mail;

import io.potok.platform.PotokException;

/**
 * SMTP settings or a test email address that cannot be used; the message names the value and what to enter.
 */
public class MailSettingsInvalid extends PotokException {

    private MailSettingsInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    static MailSettingsInvalid host(String host) {
        return new MailSettingsInvalid("mail_host_invalid", host);
    }

    static MailSettingsInvalid port(String port) {
        return new MailSettingsInvalid("mail_port_invalid", port);
    }

    static MailSettingsInvalid security(String security) {
        return new MailSettingsInvalid("mail_security_invalid", security);
    }

    static MailSettingsInvalid username(String username) {
        return new MailSettingsInvalid("mail_username_invalid", username);
    }

    static MailSettingsInvalid passwordMissing(String username) {
        return new MailSettingsInvalid("mail_password_missing", username);
    }

    static MailSettingsInvalid senderAddress(String address) {
        return new MailSettingsInvalid("mail_sender_address_invalid", address);
    }

    static MailSettingsInvalid senderName(String name) {
        return new MailSettingsInvalid("mail_sender_name_invalid", name);
    }

    static MailSettingsInvalid recipient(String address) {
        return new MailSettingsInvalid("mail_recipient_invalid", address);
    }
}
