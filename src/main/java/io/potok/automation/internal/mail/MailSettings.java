package io.potok.automation.internal.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import io.potok.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Reads, checks and saves an organisation's SMTP settings, and sends the test email of the settings page.
 * Callers check that the member administers the organisation.
 */
@Service
public class MailSettings {

    static final int MAX_TEXT_LENGTH = 254;

    private static final Logger log = LoggerFactory.getLogger(MailSettings.class);
    // host names, IPv4 addresses and bracketed IPv6 addresses
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]");

    private final SmtpServers servers;
    private final SmtpSender sender;
    private final Secrets secrets;
    private final MessageSource messages;

    MailSettings(SmtpServers servers, SmtpSender sender, Secrets secrets, MessageSource messages) {
        this.servers = servers;
        this.sender = sender;
        this.secrets = secrets;
        this.messages = messages;
    }

    /** Returns the organisation's settings, or {@link SmtpSettings#blank()} when none were saved. */
    public SmtpSettings find(long orgId) {
        return servers.find(orgId).map(SmtpServer::settings).orElseGet(SmtpSettings::blank);
    }

    /**
     * Checks and saves the settings. A blank password keeps the stored one; a blank username drops both.
     *
     * @throws MailSettingsInvalid naming the first value that cannot be used
     */
    public void save(long orgId, SmtpSettingsChange change) {
        boolean passwordSaved = servers.find(orgId).map(server -> server.passwordEncrypted() != null).orElse(false);
        SmtpSettings settings = check(change, passwordSaved);
        // a password is taken as typed, with any spaces around it
        String password = change.password() == null || change.password().isBlank() ? null : change.password();

        String passwordEncrypted = settings.authenticates() && password != null ? secrets.encrypt(password) : null;
        servers.save(orgId, settings, passwordEncrypted, !settings.authenticates());
        log.info("SMTP settings of organisation {} saved: {}:{} ({}), enabled {}, password {}", orgId, settings.host(),
                settings.port(), settings.security().id(), settings.enabled(),
                passwordEncrypted != null ? "replaced" : settings.authenticates() ? "kept" : "none");
    }

    /**
     * Sends a short email to the address through the saved settings, also when sending is switched off, so an
     * administrator can try the server before switching it on.
     *
     * @return the failure, or empty when the server accepted the email
     * @throws MailSettingsInvalid when the address is not a valid email address
     */
    public Optional<SmtpFailure> sendTest(long orgId, String to, Locale locale) {
        if (!MailAddresses.isAddress(to)) {
            throw MailSettingsInvalid.recipient(to);
        }
        Optional<SmtpServer> server = servers.find(orgId);
        if (server.isEmpty()) {
            return Optional.of(SmtpFailure.temporary(SmtpFailure.Reason.NOT_CONFIGURED, null));
        }
        OutgoingEmail email = new OutgoingEmail(to.strip(), messages.getMessage("mail.test.subject", null, locale),
                messages.getMessage("mail.test.text", null, locale), UUID.randomUUID().toString());
        Optional<SmtpFailure> failure = send(server.get(), email);
        log.info("Test email of organisation {} {}", orgId, failure.map(SmtpFailure::describe).orElse("sent"));
        return failure;
    }

    /** Sends the email and returns why it failed, or empty when the server accepted it. */
    Optional<SmtpFailure> send(SmtpServer server, OutgoingEmail email) {
        try {
            sender.send(server, email);
            return Optional.empty();
        } catch (MessagingException | MailException | java.io.UnsupportedEncodingException failure) {
            return Optional.of(SmtpFailures.classify(failure));
        } catch (SmtpPasswordUnreadable unreadable) {
            log.warn(unreadable.getMessage());
            return Optional.of(SmtpFailure.temporary(SmtpFailure.Reason.PASSWORD_UNREADABLE,
                    "an administrator enters the password again at /settings/mail"));
        }
    }

    private static SmtpSettings check(SmtpSettingsChange change, boolean passwordSaved) {
        String host = blankToNull(change.host());
        if (host == null || host.length() > MAX_TEXT_LENGTH || !HOST.matcher(host).matches()) {
            throw MailSettingsInvalid.host(change.host());
        }
        SmtpSecurity security = SmtpSecurity.fromId(change.security())
                .orElseThrow(() -> MailSettingsInvalid.security(change.security()));
        int port = port(change.port());
        String username = checkedUsername(change);
        if (username != null && blankToNull(change.password()) == null && !passwordSaved) {
            throw MailSettingsInvalid.passwordMissing(username);
        }
        String senderAddress = blankToNull(change.senderAddress());
        if (!MailAddresses.isAddress(senderAddress)) {
            throw MailSettingsInvalid.senderAddress(change.senderAddress());
        }
        String senderName = blankToNull(change.senderName());
        if (senderName != null && (senderName.length() > MAX_TEXT_LENGTH || hasLineBreak(senderName))) {
            throw MailSettingsInvalid.senderName(senderName);
        }
        return new SmtpSettings(host, port, security, username, false, senderAddress, senderName, change.enabled());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text == null ? "" : text.strip());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the text as typed
        }
        throw MailSettingsInvalid.port(text);
    }

    private static String checkedUsername(SmtpSettingsChange change) {
        String username = blankToNull(change.username());
        if (username != null && (username.length() > MAX_TEXT_LENGTH || hasLineBreak(username))) {
            throw MailSettingsInvalid.username(username);
        }
        return username;
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
