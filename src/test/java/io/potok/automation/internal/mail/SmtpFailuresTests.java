package io.potok.automation.internal.mail;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sorting of SMTP failures that GreenMail cannot produce: rejected recipients and timeouts.
 */
class SmtpFailuresTests {

    @Test
    void permanentRecipientRejectionIsNotRetried() throws Exception {
        SmtpFailure failure = SmtpFailures.classify(rejectedRecipient(550, "550 5.1.1 User unknown"));

        assertThat(failure.reason()).isEqualTo(SmtpFailure.Reason.RECIPIENT_REJECTED);
        assertThat(failure.permanent()).isTrue();
        assertThat(failure.detail()).isEqualTo("550 5.1.1 User unknown");
    }

    @Test
    void temporaryRecipientRejectionIsRetried() throws Exception {
        SmtpFailure failure = SmtpFailures.classify(rejectedRecipient(451, "451 4.3.0 Try again later"));

        assertThat(failure.reason()).isEqualTo(SmtpFailure.Reason.RECIPIENT_REJECTED);
        assertThat(failure.permanent()).isFalse();
    }

    @Test
    void readTimeoutIsTimedOut() {
        MessagingException failure = new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"));

        assertThat(SmtpFailures.classify(failure).reason()).isEqualTo(SmtpFailure.Reason.TIMED_OUT);
    }

    @Test
    void refusedConnectionCannotConnect() {
        MessagingException failure = new MessagingException("Could not connect to SMTP host",
                new ConnectException("Connection refused"));

        assertThat(SmtpFailures.classify(failure).reason()).isEqualTo(SmtpFailure.Reason.CANNOT_CONNECT);
    }

    /** Builds what Spring's sender throws when Angus Mail reports a rejected RCPT TO. */
    private static MailSendException rejectedRecipient(int code, String reply) throws Exception {
        InternetAddress address = new InternetAddress("nobody@example.com");
        SMTPAddressFailedException rejected = new SMTPAddressFailedException(address, "RCPT TO:<nobody@example.com>",
                code, reply);
        SendFailedException send = new SendFailedException("Invalid Addresses", rejected);
        return new MailSendException("Failed messages: " + send.getMessage(), send);
    }
}
