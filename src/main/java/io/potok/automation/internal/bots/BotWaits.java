package io.potok.automation.internal.bots;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which bots were sent a task for their waiting approval on which step, in {@code bot_waits}, so
 * that a bot gets the task once when it starts waiting and not again for every later change on that step.
 */
@Component
class BotWaits {

    private final JdbcClient jdbc;

    BotWaits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether the bot was already sent the task while waiting on this step. */
    boolean sent(long taskId, long botId, int step) {
        return jdbc.sql("select count(*) from bot_waits where task_id = :task and bot_id = :bot and step = :step")
                .param("task", taskId)
                .param("bot", botId)
                .param("step", step)
                .query(Long.class)
                .single() > 0;
    }

    void record(long orgId, long taskId, long botId, int step) {
        jdbc.sql("""
                        insert into bot_waits (org_id, task_id, bot_id, step) values (:org, :task, :bot, :step)
                        on conflict (task_id, bot_id) do update set step = excluded.step
                        """)
                .param("org", orgId)
                .param("task", taskId)
                .param("bot", botId)
                .param("step", step)
                .update();
    }

    /** Forgets every bot of the task that no longer waits, so that it gets the task again when it next waits. */
    void keepOnly(long taskId, Set<Long> waitingBotIds) {
        if (waitingBotIds.isEmpty()) {
            jdbc.sql("delete from bot_waits where task_id = :task").param("task", taskId).update();
            return;
        }
        jdbc.sql("delete from bot_waits where task_id = :task and bot_id not in (:bots)")
                .param("task", taskId)
                .param("bots", List.copyOf(waitingBotIds))
                .update();
    }
}
