package io.potok.automation.internal.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import io.potok.platform.Secrets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email through an organisation's SMTP server, with a sender configured from its settings at send
 * time, so a change on the settings page applies to the next email without a restart.
 */
@Component
class SmtpSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Secrets secrets;
    private final MailTrustStore trustStore;
    private final Clock clock;

    SmtpSender(Secrets secrets, MailTrustStore trustStore, Clock clock) {
        this.secrets = secrets;
        this.trustStore = trustStore;
        this.clock = clock;
    }

    /**
     * Sends the email and returns normally once the server accepted it.
     *
     * @throws MailException or {@link MessagingException} when building or sending failed; see
     *         {@link SmtpFailures#classify}
     * @throws SmtpPasswordUnreadable when the stored password cannot be decrypted
     */
    void send(SmtpServer server, OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        JavaMailSenderImpl sender = sender(server);
        MimeMessage message = message(sender.getSession(), server.settings(), email);
        sender.send(message);
    }

    private JavaMailSenderImpl sender(SmtpServer server) {
        SmtpSettings settings = server.settings();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setProtocol("smtp");
        sender.setDefaultEncoding("UTF-8");
        if (settings.authenticates()) {
            sender.setUsername(settings.username());
            sender.setPassword(password(server));
        }
        sender.setJavaMailProperties(properties(settings));
        return sender;
    }

    private String password(SmtpServer server) {
        if (server.passwordEncrypted() == null) {
            return "";
        }
        try {
            return secrets.decrypt(server.passwordEncrypted());
        } catch (IllegalStateException unreadable) {
            throw new SmtpPasswordUnreadable(server.settings().host(), unreadable);
        }
    }

    private Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(READ_TIMEOUT.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT.toMillis()));
        if (settings.security() == SmtpSecurity.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            // without this, a server that does not offer STARTTLS would get the password in plain text
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() == SmtpSecurity.SSL_TLS) {
            properties.put("mail.smtp.ssl.enable", "true");
        }
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        trustStore.socketFactory().ifPresent(factory -> properties.put("mail.smtp.ssl.socketFactory", factory));
        return properties;
    }

    private MimeMessage message(Session session, SmtpSettings settings, OutgoingEmail email)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new IdentifiedMimeMessage(session, messageId(email.id(), settings.senderAddress()));
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        if (settings.senderName() == null) {
            helper.setFrom(settings.senderAddress());
        } else {
            helper.setFrom(settings.senderAddress(), settings.senderName());
        }
        helper.setTo(new InternetAddress(email.to(), true));
        helper.setSubject(email.subject().replaceAll("[\\r\\n]+", " "));
        helper.setText(email.text(), false);
        helper.setSentDate(Date.from(clock.instant()));
        return message;
    }

    /** Builds {@code <id@domain>} with the sender's domain, as RFC 5322 suggests for a unique Message-ID. */
    private static String messageId(String id, String senderAddress) {
        String domain = senderAddress.substring(senderAddress.lastIndexOf('@') + 1);
        return "<" + id + "@" + domain + ">";
    }

    /** A message whose Message-ID is fixed, so every attempt to send it carries the same one. */
    private static final class IdentifiedMimeMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
