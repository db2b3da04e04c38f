package io.potok.automation.internal.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the outbox for the delivery log page: messages of every kind, newest first, and the attempts of one.
 */
@Component
public class DeliveryLog {

    private static final String COLUMNS = """
            delivery_id, kind, target, task_id, status, attempts, next_attempt_at, last_status_code, last_error,
            created_at, delivered_at""";

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Returns up to {@code limit} of the organisation's messages that pass the filter, newest first.
     *
     * @param filter null parts do not filter
     */
    public List<Entry> list(long orgId, Filter filter, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from outbox_messages
                        where org_id = :org
                          and (cast(:kind as text) is null or kind = :kind)
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:targetPrefix as text) is null or starts_with(target, :targetPrefix))
                        order by created_at desc, delivery_id
                        limit :limit""")
                .param("org", orgId)
                .param("kind", filter.kind())
                .param("status", filter.status())
                .param("targetPrefix", filter.targetPrefix())
                .param("limit", limit)
                .query(DeliveryLog::entry)
                .list();
    }

    public Optional<Entry> find(long orgId, UUID deliveryId) {
        return jdbc.sql("select " + COLUMNS + " from outbox_messages where org_id = :org and delivery_id = :id")
                .param("org", orgId)
                .param("id", deliveryId)
                .query(DeliveryLog::entry)
                .optional();
    }

    /** Returns the message's attempts in order; empty when the organisation has no such message. */
    public List<Attempt> attempts(long orgId, UUID deliveryId) {
        return jdbc.sql("""
                        select a.attempt, a.attempted_at, a.status_code, a.error, a.duration_ms
                        from outbox_attempts a join outbox_messages m on m.delivery_id = a.delivery_id
                        where m.org_id = :org and a.delivery_id = :id
                        order by a.attempt""")
                .param("org", orgId)
                .param("id", deliveryId)
                .query((rs, row) -> new Attempt(rs.getInt("attempt"), instant(rs, "attempted_at"),
                        rs.getObject("status_code", Integer.class), rs.getString("error"), rs.getLong("duration_ms")))
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getObject("delivery_id", UUID.class), rs.getString("kind"), rs.getString("target"),
                rs.getObject("task_id", Long.class), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getObject("last_status_code", Integer.class),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A filter of the delivery log.
     *
     * @param kind a handler kind such as {@code webhook}, or null for all
     * @param status {@code pending}, {@code delivered} or {@code failed}, or null for all
     * @param targetPrefix the start of the target, such as {@code 12/} for the webhooks of form 12, or null
     */
    public record Filter(String kind, String status, String targetPrefix) {
    }

    /**
     * One outbox message as the log shows it.
     *
     * @param nextAttemptAt when the next attempt may start while pending, else null
     */
    public record Entry(UUID deliveryId, String kind, String target, Long taskId, String status, int attempts,
                        Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                        Instant deliveredAt) {

        public boolean canRedeliver() {
            return !"pending".equals(status);
        }
    }

    /** One delivery attempt. */
    public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, String error, long durationMillis) {
    }
}
