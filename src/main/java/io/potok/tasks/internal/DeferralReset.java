package io.potok.tasks.internal;

import io.potok.tasks.TaskChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends deferrals when someone else changes the task, so a member who deferred a task still sees a comment, a
 * decision or a field change made by another member. The member's own changes keep the deferral.
 */
@Component
class DeferralReset {

    private final JdbcClient jdbc;

    DeferralReset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TaskChanged event) {
        if (event.created()) {
            return;
        }
        jdbc.sql("delete from task_deferrals where task_id = :task and member_id <> :actor")
                .param("task", event.task().taskId()).param("actor", event.actorId()).update();
    }
}
