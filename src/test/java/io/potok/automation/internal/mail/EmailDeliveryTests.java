package io.potok.automation.internal.mail;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.automation.internal.outbox.Delivery;
import io.potok.automation.internal.outbox.DeliveryResult;
import io.potok.automation.internal.outbox.OutboundMessage;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code email} outbox handler sending through GreenMail on 127.0.0.1, one attempt at a time.
 */
@PotokTest
@ExtendWith(OutputCaptureExtension.class)
class EmailDeliveryTests {

    private static final String RECIPIENT = "manager@example.com";

    @Autowired
    EmailDeliveries deliveries;

    @Autowired
    MailSettings mailSettings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private long orgId;

    @BeforeEach
    void createOrganisation() {
        orgId = new TestOrganizations(jdbc).organization();
    }

    @Test
    void plainSmtpWithLoginDelivers() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "none", SmtpTestServer.PASSWORD, true);

            DeliveryResult result = deliver("Order 42", "Ready for shipping");

            assertThat(result.delivered()).as(result.error()).isTrue();
            assertThat(server.received()).hasSize(1);
            MimeMessage received = server.received()[0];
            assertThat(received.getSubject()).isEqualTo("Order 42");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo(RECIPIENT);
            assertThat(received.getFrom()[0].toString()).contains("office@shop.example").contains("Potok");
        }
    }

    @Test
    void cyrillicSubjectAndBodyArriveIntact() throws Exception {
        String subject = "Заявка №17: «Ошибка в 1С» — срочно";
        String text = "Здравствуйте!\nКлиент ООО «Ромашка» ждёт звонка.\nЁжик, щука, съешь же ещё.";
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "none", SmtpTestServer.PASSWORD, true);

            DeliveryResult result = deliver(subject, text);

            assertThat(result.delivered()).as(result.error()).isTrue();
            MimeMessage received = server.received()[0];
            assertThat(received.getSubject()).isEqualTo(subject);
            assertThat(received.getContent().toString().replace("\r\n", "\n")).isEqualTo(text);
            assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        }
    }

    @Test
    void messageIdIsDeliveryIdAtSenderDomain() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "none", SmtpTestServer.PASSWORD, true);
            UUID deliveryId = UUID.randomUUID();

            deliveries.deliver(new Delivery(deliveryId, message("Subject", "Text"), 1));
            deliveries.deliver(new Delivery(deliveryId, message("Subject", "Text"), 2));

            assertThat(server.received()).hasSize(2);
            for (MimeMessage received : server.received()) {
                assertThat(received.getMessageID()).isEqualTo("<" + deliveryId + "@shop.example>");
            }
        }
    }

    @Test
    void wrongPasswordIsRetriedWithReason(CapturedOutput output) throws Exception {
        String wrongPassword = "Wrong-pass-" + UUID.randomUUID();
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "none", wrongPassword, true);

            DeliveryResult result = deliver("Subject", "Text");

            assertThat(result.delivered()).isFalse();
            assertThat(result.retryable()).isTrue();
            assertThat(result.error()).startsWith(SmtpFailure.Reason.AUTHENTICATION_FAILED.logText());
            assertThat(server.received()).isEmpty();
            assertThat(output.getAll()).contains(SmtpFailure.Reason.AUTHENTICATION_FAILED.logText());
            assertThat(output.getAll()).doesNotContain(wrongPassword);
        }
    }

    @Test
    void smtpsWithTrustedCertificateDelivers() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtps()) {
            saveSettings(server.port(), "ssl_tls", SmtpTestServer.PASSWORD, true);

            DeliveryResult result = deliver("Over TLS", "Encrypted");

            assertThat(result.delivered()).as(result.error()).isTrue();
            assertThat(server.received()).hasSize(1);
            assertThat(server.received()[0].getSubject()).isEqualTo("Over TLS");
        }
    }

    @Test
    void tlsToPlainServerFails() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "ssl_tls", SmtpTestServer.PASSWORD, true);

            DeliveryResult result = deliver("Subject", "Text");

            assertThat(result.delivered()).isFalse();
            assertThat(result.retryable()).isTrue();
            assertThat(result.error()).startsWith(SmtpFailure.Reason.TLS_FAILED.logText());
        }
    }

    @Test
    void requiredStartTlsMissingFails() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "starttls", SmtpTestServer.PASSWORD, true);

            DeliveryResult result = deliver("Subject", "Text");

            assertThat(result.delivered()).isFalse();
            assertThat(result.error()).startsWith(SmtpFailure.Reason.TLS_FAILED.logText());
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void closedPortCannotConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        saveSettings(closedPort, "none", SmtpTestServer.PASSWORD, true);

        DeliveryResult result = deliver("Subject", "Text");

        assertThat(result.delivered()).isFalse();
        assertThat(result.retryable()).isTrue();
        assertThat(result.error()).startsWith(SmtpFailure.Reason.CANNOT_CONNECT.logText());
    }

    @Test
    void missingSettingsAreRetried() {
        DeliveryResult result = deliver("Subject", "Text");

        assertThat(result.delivered()).isFalse();
        assertThat(result.retryable()).isTrue();
        assertThat(result.error()).startsWith("SMTP is not set up");
    }

    @Test
    void switchedOffSettingsAreRetried() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveSettings(server.port(), "none", SmtpTestServer.PASSWORD, false);

            DeliveryResult result = deliver("Subject", "Text");

            assertThat(result.retryable()).isTrue();
            assertThat(result.error()).startsWith("SMTP is switched off");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void invalidRecipientIsNotRetried() {
        saveSettings(2525, "none", SmtpTestServer.PASSWORD, true);
        OutboundMessage message = new OutboundMessage(orgId, EmailDeliveries.KIND, "not an address", null,
                payload("Subject", "Text"));

        DeliveryResult result = deliveries.deliver(new Delivery(UUID.randomUUID(), message, 1));

        assertThat(result.delivered()).isFalse();
        assertThat(result.retryable()).isFalse();
        assertThat(result.error()).startsWith(SmtpFailure.Reason.RECIPIENT_INVALID.logText());
    }

    @Test
    void undecryptablePasswordIsRetriedWithReason() {
        saveSettings(2525, "none", SmtpTestServer.PASSWORD, true);
        String otherKeyCipherText = "v1:" + Base64.getEncoder().encodeToString(new byte[40]);
        jdbc.sql("update smtp_settings set password_encrypted = :password where org_id = :org")
                .param("password", otherKeyCipherText).param("org", orgId).update();

        DeliveryResult result = deliver("Subject", "Text");

        assertThat(result.delivered()).isFalse();
        assertThat(result.retryable()).isTrue();
        assertThat(result.error()).startsWith(SmtpFailure.Reason.PASSWORD_UNREADABLE.logText());
    }

    @Test
    void retryDelayDoublesUpToSixHours() {
        assertThat(deliveries.retryDelay(2)).contains(Duration.ofMinutes(1));
        assertThat(deliveries.retryDelay(3)).contains(Duration.ofMinutes(2));
        assertThat(deliveries.retryDelay(10)).contains(Duration.ofMinutes(256));
        assertThat(deliveries.retryDelay(11)).contains(Duration.ofHours(6));
        assertThat(deliveries.retryDelay(20)).contains(Duration.ofHours(6));
        assertThat(deliveries.retryDelay(21)).isEmpty();
    }

    private void saveSettings(int port, String security, String password, boolean enabled) {
        mailSettings.save(orgId, new SmtpSettingsChange("127.0.0.1", String.valueOf(port), security,
                SmtpTestServer.USERNAME, password, "office@shop.example", "Potok", enabled));
    }

    private DeliveryResult deliver(String subject, String text) {
        return deliveries.deliver(new Delivery(UUID.randomUUID(), message(subject, text), 1));
    }

    private OutboundMessage message(String subject, String text) {
        return new OutboundMessage(orgId, EmailDeliveries.KIND, RECIPIENT, null, payload(subject, text));
    }

    private ObjectNode payload(String subject, String text) {
        return json.createObjectNode().put("subject", subject).put("text", text);
    }
}
