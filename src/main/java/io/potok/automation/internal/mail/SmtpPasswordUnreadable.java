package io.potok.automation.internal.mail;

/**
 * The stored SMTP password cannot be decrypted, because the secret key changed or was lost since it was saved.
 */
class SmtpPasswordUnreadable extends RuntimeException {

    SmtpPasswordUnreadable(String host, IllegalStateException cause) {
        super("Saved SMTP password for " + host + " cannot be decrypted with the current secret key", cause);
    }
}
