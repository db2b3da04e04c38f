package io.potok.automation.internal.mail;

/**
 * An organisation's stored SMTP settings with the encrypted password, as the sender needs them.
 *
 * @param settings the settings without the password
 * @param passwordEncrypted the password as {@link io.potok.platform.Secrets} encrypted it, or null
 */
record SmtpServer(SmtpSettings settings, String passwordEncrypted) {

    /** Leaves the encrypted password out, so a logged server reveals nothing about it. */
    @Override
    public String toString() {
        return "SmtpServer[" + settings + "]";
    }
}
