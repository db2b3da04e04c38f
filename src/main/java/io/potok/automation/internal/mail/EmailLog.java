package io.potok.automation.internal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the organisation's recent email from the outbox, for the delivery log on the settings page.
 */
@Repository
public class EmailLog {

    private final JdbcClient jdbc;

    EmailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the organisation's most recently queued email, newest first. */
    public List<SentEmail> recent(long orgId, int limit) {
        return jdbc.sql("""
                        select delivery_id, target, payload ->> 'subject' as subject, status, attempts, last_error,
                               created_at, next_attempt_at
                        from outbox_messages
                        where org_id = :org and kind = :kind
                        order by created_at desc, delivery_id
                        limit :limit
                        """)
                .param("org", orgId)
                .param("kind", EmailDeliveries.KIND)
                .param("limit", limit)
                .query(EmailLog::sentEmail)
                .list();
    }

    private static SentEmail sentEmail(ResultSet row, int rowNumber) throws SQLException {
        return new SentEmail(row.getObject("delivery_id", UUID.class), row.getString("target"),
                row.getString("subject"), row.getString("status"), row.getInt("attempts"), row.getString("last_error"),
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("next_attempt_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
