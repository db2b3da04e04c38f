package io.potok.automation.internal.mail;

/**
 * SMTP settings as an administrator submits them on the settings page, before they are checked.
 *
 * @param host the server's host name or IP address
 * @param port the port as typed
 * @param security the id of a {@link SmtpSecurity}
 * @param username the login, or null or blank for a server without authentication (which also drops the
 *        stored password)
 * @param password a new password, or null or blank to keep the stored one
 * @param senderAddress the address mail is sent from
 * @param senderName the display name of the sender, or null or blank for none
 * @param enabled whether Potok sends email through this server
 */
public record SmtpSettingsChange(String host, String port, String security, String username, String password,
                                 String senderAddress, String senderName, boolean enabled) {

    /** Hides the password, so the change can be logged or shown in a failed assertion. */
    @Override
    public String toString() {
        return "SmtpSettingsChange[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username + ", password=" + (password == null || password.isBlank() ? "(keep)" : "(new)")
                + ", senderAddress=" + senderAddress + ", senderName=" + senderName + ", enabled=" + enabled + "]";
    }
}
