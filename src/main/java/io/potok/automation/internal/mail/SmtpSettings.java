package io.potok.automation.internal.mail;

/**
 * An organisation's SMTP server as the settings page shows it; the password itself is never part of it.
 *
 * @param host the server's host name or IP address
 * @param port the server's port, 1 to 65535
 * @param security how the connection is protected
 * @param username the login, or null when the server takes mail without authentication
 * @param passwordSaved whether a password is stored for the login
 * @param senderAddress the address in the From header and the SMTP envelope
 * @param senderName the display name in the From header, or null
 * @param enabled whether Potok sends email through this server
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, String username, boolean passwordSaved,
                           String senderAddress, String senderName, boolean enabled) {

    /** Returns what the page shows before an administrator saves anything: STARTTLS on port 587, off. */
    public static SmtpSettings blank() {
        return new SmtpSettings("", SmtpSecurity.STARTTLS.defaultPort(), SmtpSecurity.STARTTLS, null, false, "", null,
                false);
    }

    /** Tells whether the server expects a login. */
    public boolean authenticates() {
        return username != null;
    }
}
