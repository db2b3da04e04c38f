package io.potok.automation.web;

import java.util.List;

import io.potok.automation.internal.mail.SentEmail;
import io.potok.automation.internal.mail.SmtpSecurity;
import io.potok.automation.internal.mail.SmtpSettings;

/**
 * The content of the SMTP settings page.
 *
 * @param settings the saved settings, or the submitted ones when saving them failed
 * @param securities the connection security options, in the order the page lists them
 * @param error the translated reason the last save or test email was rejected, or null
 * @param testRecipient the address typed for the test email, or the administrator's own address
 * @param testResult the outcome of the test email just sent, or null
 * @param recentEmails the organisation's most recently queued email, newest first
 */
public record MailSettingsView(SmtpSettings settings, List<SmtpSecurity> securities, String error,
                               String testRecipient, TestResult testResult, List<SentEmail> recentEmails) {

    /**
     * The outcome of a test email.
     *
     * @param sent whether the server accepted it
     * @param message the translated outcome, naming the recipient or the failure
     * @param detail the server's reply or the underlying error, or null
     */
    public record TestResult(boolean sent, String message, String detail) {
    }
}
