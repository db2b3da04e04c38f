package io.potok.automation.internal.bots;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts, per task, how many times in a row a bot's change sent the task to a bot, in {@code bot_chains}.
 * A person's change resets the count.
 */
@Component
class BotChains {

    private final JdbcClient jdbc;

    BotChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more hand-off from a bot to a bot and returns the count including it. */
    int handOff(long orgId, long taskId) {
        return jdbc.sql("""
                        insert into bot_chains (org_id, task_id, hand_offs) values (:org, :task, 1)
                        on conflict (task_id) do update set hand_offs = bot_chains.hand_offs + 1
                        returning hand_offs
                        """)
                .param("org", orgId)
                .param("task", taskId)
                .query(Integer.class)
                .single();
    }

    void reset(long taskId) {
        jdbc.sql("delete from bot_chains where task_id = :task").param("task", taskId).update();
    }
}
