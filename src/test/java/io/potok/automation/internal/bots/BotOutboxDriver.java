package io.potok.automation.internal.bots;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.potok.automation.internal.outbox.OutboxDispatcher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follows the bot messages of one organisation through the real outbox: waits for the attempts that run by
 * themselves after commit, and makes retries happen by calling the dispatcher with an explicit "now".
 */
final class BotOutboxDriver {

    private final JdbcClient jdbc;
    private final OutboxDispatcher dispatcher;
    private final long orgId;

    BotOutboxDriver(JdbcClient jdbc, OutboxDispatcher dispatcher, long orgId) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.orgId = orgId;
    }

    /**
     * Waits until every bot message of the organisation has had its attempt, those queued by bot replies
     * included: no message is waiting for its first attempt or in the middle of one.
     */
    void awaitAttempts() {
        await().atMost(Duration.ofSeconds(40)).until(() -> unsettled() == 0);
    }

    /** Returns the organisation's bot deliveries, oldest first. */
    List<UUID> deliveries() {
        return jdbc.sql("select delivery_id from outbox_messages where org_id = :org and kind = 'bot' order by created_at")
                .param("org", orgId)
                .query(UUID.class)
                .list();
    }

    String status(UUID deliveryId) {
        return jdbc.sql("select status from outbox_messages where delivery_id = :id")
                .param("id", deliveryId).query(String.class).single();
    }

    Instant nextAttemptAt(UUID deliveryId) {
        return jdbc.sql("select next_attempt_at from outbox_messages where delivery_id = :id")
                .param("id", deliveryId).query(java.sql.Timestamp.class).single().toInstant();
    }

    Instant lastAttemptAt(UUID deliveryId) {
        return jdbc.sql("select max(attempted_at) from outbox_attempts where delivery_id = :id")
                .param("id", deliveryId).query(java.sql.Timestamp.class).single().toInstant();
    }

    /** Runs the delivery's attempt as of {@code now}; returns whether it was due then. */
    boolean deliverIfDue(UUID deliveryId, Instant now) {
        return dispatcher.deliverIfDue(deliveryId, now);
    }

    private long unsettled() {
        return jdbc.sql("""
                        select count(*) from outbox_messages m
                         where m.org_id = :org and m.kind = 'bot' and m.status = 'pending'
                           and m.attempts > (select count(*) from outbox_attempts a where a.delivery_id = m.delivery_id)
                        """)
                .param("org", orgId)
                .query(Long.class)
                .single()
                + jdbc.sql("""
                        select count(*) from outbox_messages
                         where org_id = :org and kind = 'bot' and status = 'pending' and attempts = 0
                        """)
                .param("org", orgId)
                .query(Long.class)
                .single();
    }
}
