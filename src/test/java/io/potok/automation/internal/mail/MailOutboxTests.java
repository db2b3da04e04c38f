package io.potok.automation.internal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.automation.internal.outbox.OutboxDispatcher;
import io.potok.identity.CurrentMember;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Email requested through {@link Mail} travelling through the outbox to GreenMail on 127.0.0.1, with the
 * retry driven by an explicit "now" instead of waiting.
 */
@PotokTest
@AutoConfigureMockMvc
class MailOutboxTests {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    Mail mail;

    @Autowired
    MailSettings mailSettings;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private CurrentMember admin;

    @BeforeEach
    void createOrganisation() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        admin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), true);
    }

    @Test
    void emailWaitsForSettingsThenGoesOut() throws Exception {
        String subject = "Позвонить клиенту " + UUID.randomUUID();
        transactions.executeWithoutResult(status -> mail.send(admin.orgId(), List.of("manager@shop.example"), subject,
                "Клиент ждёт звонка.", null));

        await(() -> attempts() == 1);
        EmailRow failed = email();
        assertThat(failed.status()).isEqualTo("pending");
        assertThat(failed.lastError()).startsWith("SMTP is not set up");
        assertThat(failed.nextAttemptAt()).isNotNull();
        assertThat(logPage()).contains(subject).contains("SMTP is not set up").contains("Ошибка, следующая попытка");

        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            mailSettings.save(admin.orgId(), new SmtpSettingsChange("127.0.0.1", String.valueOf(server.port()), "none",
                    SmtpTestServer.USERNAME, SmtpTestServer.PASSWORD, "office@shop.example", "Potok", true));

            dispatcher.runDue(failed.nextAttemptAt().plusSeconds(1));

            assertThat(email().status()).isEqualTo("delivered");
            assertThat(attempts()).isEqualTo(2);
            MimeMessage[] received = server.received();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo(subject);
            assertThat(received[0].getMessageID()).isEqualTo("<" + failed.deliveryId() + "@shop.example>");
        }
        assertThat(logPage()).contains(subject).contains("Отправлено");
    }

    @Test
    void eachRecipientIsOneDelivery() {
        transactions.executeWithoutResult(status -> mail.send(admin.orgId(),
                List.of("first@shop.example", " second@shop.example "), "Subject", "Text", null));

        List<String> targets = jdbc.sql("select target from outbox_messages where org_id = :org and kind = 'email'"
                        + " order by target")
                .param("org", admin.orgId()).query(String.class).list();
        assertThat(targets).containsExactly("first@shop.example", "second@shop.example");
    }

    @Test
    void rolledBackRequestQueuesNothing() {
        transactions.executeWithoutResult(status -> {
            mail.send(admin.orgId(), List.of("manager@shop.example"), "Subject", "Text", null);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from outbox_messages where org_id = :org")
                .param("org", admin.orgId()).query(Long.class).single()).isZero();
    }

    private String logPage() throws Exception {
        return mvc.perform(get("/settings/mail").with(signedInAs(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private EmailRow email() {
        return jdbc.sql("""
                        select delivery_id, status, last_error, next_attempt_at from outbox_messages
                        where org_id = :org and kind = 'email'
                        """)
                .param("org", admin.orgId())
                .query((row, number) -> new EmailRow(row.getObject("delivery_id", UUID.class), row.getString("status"),
                        row.getString("last_error"), row.getTimestamp("next_attempt_at") == null ? null
                        : row.getTimestamp("next_attempt_at").toInstant()))
                .single();
    }

    private long attempts() {
        return jdbc.sql("""
                        select count(*) from outbox_attempts a join outbox_messages m using (delivery_id)
                        where m.org_id = :org
                        """)
                .param("org", admin.orgId()).query(Long.class).single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Condition not met within " + WAIT);
            }
            Thread.sleep(100);
        }
    }

    private record EmailRow(UUID deliveryId, String status, String lastError, Instant nextAttemptAt) {
    }
}
