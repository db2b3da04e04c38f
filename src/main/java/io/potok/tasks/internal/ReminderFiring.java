package io.potok.tasks.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fires due reminders. Firing is one conditional update, so a reminder fires once even when two checks on
 * different nodes overlap.
 */
@Component
public class ReminderFiring {

    private static final Logger log = LoggerFactory.getLogger(ReminderFiring.class);

    private final JdbcClient jdbc;

    ReminderFiring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks every reminder due by {@code now} as fired and returns how many fired. */
    public int fireDue(Instant now) {
        int fired = jdbc.sql("update task_reminders set fired_at = :now where fired_at is null and remind_at <= :now")
                .param("now", Sql.timestamp(now)).update();
        if (fired > 0) {
            log.info("Fired {} task reminders", fired);
        }
        return fired;
    }
}
