package io.potok.tasks.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's unread markers ({@code inbox_unread}): a task with a comment a member follows and has
 * not seen. A member follows a task as its author, responsible, subscriber or an approver asked on its
 * current step.
 */
@Component
class UnreadMarkers {

    private static final String MARK_FOLLOWERS = """
            insert into inbox_unread (member_id, task_id, org_id, since)
            select follower, t.id, t.org_id, :at from tasks t
            cross join lateral (
                select t.author_id as follower
                union select t.responsible_id
                union select p.member_id from task_participants p
                    where p.task_id = t.id and p.reason = 'subscriber'
                union select a.member_id from task_approvals a
                    where a.task_id = t.id and a.step = t.current_step and a.round = t.step_round
            ) f
            where t.id = :task and f.follower is not null and f.follower <> :author
            on conflict (member_id, task_id) do nothing""";

    private final JdbcClient jdbc;

    UnreadMarkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a new comment unread for every follower of the task except its author. */
    void markComment(long taskId, long authorId, Instant at) {
        jdbc.sql(MARK_FOLLOWERS).param("task", taskId).param("author", authorId).param("at", Sql.timestamp(at))
                .update();
    }

    /** Removes the member's marker and fired reminder once they have viewed or changed the task. */
    void clear(long taskId, long memberId) {
        jdbc.sql("delete from inbox_unread where member_id = :member and task_id = :task")
                .param("member", memberId).param("task", taskId).update();
        jdbc.sql("delete from task_reminders where member_id = :member and task_id = :task and fired_at is not null")
                .param("member", memberId).param("task", taskId).update();
    }
}
