package io.potok.automation.internal.mail;

import java.util.Arrays;
import java.util.Optional;

/**
 * The protection of the connection to the SMTP server.
 */
public enum SmtpSecurity {

    /** Plain text, for a relay on the same host or network only. */
    NONE("none", 25),
    /** Connects in plain text and upgrades with the STARTTLS command. Sending fails when the server does not offer it. */
    STARTTLS("starttls", 587),
    /** TLS from the first byte (SMTPS). */
    SSL_TLS("ssl_tls", 465);

    private final String id;
    private final int defaultPort;

    SmtpSecurity(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** Returns the id stored in the database and sent by the settings form. */
    public String id() {
        return id;
    }

    /** Returns the port that servers usually listen on for this kind of connection. */
    public int defaultPort() {
        return defaultPort;
    }

    public static Optional<SmtpSecurity> fromId(String id) {
        return Arrays.stream(values()).filter(security -> security.id.equals(id)).findFirst();
    }
}
