package io.potok.automation.internal.mail;

/**
 * The reason an email could not be sent.
 *
 * @param reason the kind of failure, which picks the message shown to administrators
 * @param detail the SMTP server's reply or the underlying error, for the delivery log; never contains the
 *        password
 * @param permanent whether sending the same email again cannot succeed, such as a recipient the server
 *        rejected with a 5xx reply
 */
public record SmtpFailure(Reason reason, String detail, boolean permanent) {

    /** The kinds of failure, each with a message key {@code mail.failure.<id>}. */
    public enum Reason {
        NOT_CONFIGURED("not_configured", "SMTP is not set up"),
        DISABLED("disabled", "SMTP is switched off"),
        CANNOT_CONNECT("cannot_connect", "Cannot connect to the SMTP server"),
        TIMED_OUT("timed_out", "The SMTP server did not answer in time"),
        AUTHENTICATION_FAILED("authentication_failed", "The SMTP server rejected the username or password"),
        PASSWORD_UNREADABLE("password_unreadable", "The saved SMTP password cannot be decrypted with the current"
                + " secret key"),
        TLS_FAILED("tls_failed", "The TLS connection to the SMTP server failed"),
        SENDER_REJECTED("sender_rejected", "The SMTP server rejected the sender address"),
        RECIPIENT_INVALID("recipient_invalid", "The recipient address is invalid"),
        RECIPIENT_REJECTED("recipient_rejected", "The SMTP server rejected the recipient"),
        MESSAGE_REJECTED("message_rejected", "The SMTP server rejected the message"),
        FAILED("failed", "Sending failed");

        private final String id;
        private final String logText;

        Reason(String id, String logText) {
            this.id = id;
            this.logText = logText;
        }

        public String id() {
            return id;
        }

        /** Returns the English sentence the delivery log and the application log show for this reason. */
        public String logText() {
            return logText;
        }
    }

    static SmtpFailure temporary(Reason reason, String detail) {
        return new SmtpFailure(reason, detail, false);
    }

    /** Returns the reason and the detail in one line, as the delivery log stores it. */
    public String describe() {
        return detail == null || detail.isBlank() ? reason.logText() : reason.logText() + ": " + detail;
    }
}
