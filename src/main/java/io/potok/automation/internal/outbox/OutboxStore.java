package io.potok.automation.internal.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox tables: messages with their state, and one row per delivery attempt.
 */
@Repository
class OutboxStore {

    private static final String CLAIMED_COLUMNS = """
            m.delivery_id, m.org_id, m.kind, m.target, m.task_id, m.payload::text as payload,
            m.attempts, m.attempts_before_redelivery""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID deliveryId, OutboundMessage message, Instant now) {
        jdbc.sql("""
                        insert into outbox_messages
                            (delivery_id, org_id, kind, target, task_id, payload, status, next_attempt_at, created_at)
                        values (:id, :org, :kind, :target, :task, cast(:payload as jsonb), 'pending', :now, :now)""")
                .param("id", deliveryId)
                .param("org", message.orgId())
                .param("kind", message.kind())
                .param("target", message.target())
                .param("task", message.taskId())
                .param("payload", json.writeValueAsString(message.payload()))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code limit} due messages for one attempt each. Rows locked by another node's claim are
     * skipped, and a claimed row's next attempt moves to {@code leaseEnd}, so no other node claims it again
     * before then.
     */
    List<ClaimedMessage> claimDue(Instant now, Instant leaseEnd, int limit) {
        return jdbc.sql("""
                        with due as (
                            select delivery_id from outbox_messages
                            where status = 'pending' and next_attempt_at <= :now
                            order by next_attempt_at
                            limit :limit
                            for update skip locked)
                        update outbox_messages m
                        set attempts = m.attempts + 1, next_attempt_at = :leaseEnd
                        from due where m.delivery_id = due.delivery_id
                        returning""" + " " + CLAIMED_COLUMNS)
                .param("now", Timestamp.from(now))
                .param("leaseEnd", Timestamp.from(leaseEnd))
                .param("limit", limit)
                .query(this::claimed)
                .list();
    }

    /** Claims one message when it is pending, due and not locked by another node's claim. */
    Optional<ClaimedMessage> claimIfDue(UUID deliveryId, Instant now, Instant leaseEnd) {
        return jdbc.sql("""
                        with due as (
                            select delivery_id from outbox_messages
                            where delivery_id = :id and status = 'pending' and next_attempt_at <= :now
                            for update skip locked)
                        update outbox_messages m
                        set attempts = m.attempts + 1, next_attempt_at = :leaseEnd
                        from due where m.delivery_id = due.delivery_id
                        returning""" + " " + CLAIMED_COLUMNS)
                .param("id", deliveryId)
                .param("now", Timestamp.from(now))
                .param("leaseEnd", Timestamp.from(leaseEnd))
                .query(this::claimed)
                .optional();
    }

    void insertAttempt(ClaimedMessage claimed, Instant startedAt, DeliveryResult result, Duration took) {
        jdbc.sql("""
                        insert into outbox_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
                        values (:id, :attempt, :at, :status, :error, :duration)""")
                .param("id", claimed.deliveryId())
                .param("attempt", claimed.attempt())
                .param("at", Timestamp.from(startedAt))
                .param("status", result.status())
                .param("error", result.error())
                .param("duration", took.toMillis())
                .update();
    }

    /**
     * Stores the outcome of the claimed attempt. Returns false, changing nothing, when the message is no longer
     * in the claimed state, which happens only if the claim's lease ran out and another attempt took over.
     */
    boolean finishAttempt(ClaimedMessage claimed, String status, Instant nextAttemptAt, Instant deliveredAt,
                          DeliveryResult result) {
        return jdbc.sql("""
                        update outbox_messages
                        set status = :status, next_attempt_at = :next, delivered_at = :deliveredAt,
                            last_status_code = :code, last_error = :error
                        where delivery_id = :id and status = 'pending' and attempts = :attempt""")
                .param("status", status)
                .param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .param("deliveredAt", deliveredAt == null ? null : Timestamp.from(deliveredAt))
                .param("code", result.status())
                .param("error", result.error())
                .param("id", claimed.deliveryId())
                .param("attempt", claimed.attempt())
                .update() == 1;
    }

    /** Returns the message's status in the organisation, or empty when it has no such message. */
    Optional<String> status(long orgId, UUID deliveryId) {
        return jdbc.sql("select status from outbox_messages where org_id = :org and delivery_id = :id")
                .param("org", orgId)
                .param("id", deliveryId)
                .query(String.class)
                .optional();
    }

    /** Makes a delivered or failed message pending again, due at once, with a fresh set of retries. */
    boolean requeue(long orgId, UUID deliveryId, Instant now) {
        return jdbc.sql("""
                        update outbox_messages
                        set status = 'pending', next_attempt_at = :now, delivered_at = null,
                            attempts_before_redelivery = attempts
                        where org_id = :org and delivery_id = :id and status in ('delivered', 'failed')""")
                .param("now", Timestamp.from(now))
                .param("org", orgId)
                .param("id", deliveryId)
                .update() == 1;
    }

    private ClaimedMessage claimed(ResultSet rs, int row) throws SQLException {
        Long taskId = rs.getObject("task_id", Long.class);
        OutboundMessage message = new OutboundMessage(rs.getLong("org_id"), rs.getString("kind"),
                rs.getString("target"), taskId, json.readTree(rs.getString("payload")));
        int attempt = rs.getInt("attempts");
        return new ClaimedMessage(rs.getObject("delivery_id", UUID.class), message, attempt,
                attempt - rs.getInt("attempts_before_redelivery"));
    }
}
