package io.potok.tasks.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores who takes part in a task and how ({@code task_participants}). Approvers are not stored here: they
 * are the members in the task's approval requests, which {@link #memberIds(long)} adds.
 */
@Repository
class ParticipantStore {

    static final String AUTHOR = "author";
    static final String RESPONSIBLE = "responsible";
    static final String SUBSCRIBER = "subscriber";
    static final String PARTICIPANT = "participant";

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long taskId, Collection<Long> memberIds, String reason) {
        for (Long memberId : memberIds) {
            jdbc.sql("""
                            insert into task_participants (task_id, member_id, reason) values (:task, :member, :reason)
                            on conflict do nothing""")
                    .param("task", taskId).param("member", memberId).param("reason", reason).update();
        }
    }

    void remove(long taskId, Collection<Long> memberIds, String reason) {
        if (memberIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from task_participants where task_id = :task and reason = :reason and member_id in (:members)")
                .param("task", taskId).param("reason", reason).param("members", memberIds).update();
    }

    List<Long> withReason(long taskId, String reason) {
        return jdbc.sql("select member_id from task_participants where task_id = :task and reason = :reason "
                        + "order by member_id")
                .param("task", taskId).param("reason", reason).query(Long.class).list();
    }

    /** Returns the members whose decision the task's current step waits for. */
    Set<Long> waitingApproverIds(long taskId) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select a.member_id from task_approvals a join tasks t on t.id = a.task_id
                        where a.task_id = :task and a.choice = 'waiting' and a.round = t.step_round
                            and t.status = 'open'
                        order by 1""")
                .param("task", taskId).query(Long.class).list());
    }

    /** Returns everyone taking part: author, responsible, subscribers, participants and every approver asked. */
    Set<Long> memberIds(long taskId) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select member_id from task_participants where task_id = :task
                        union
                        select member_id from task_approvals where task_id = :task
                        order by 1""")
                .param("task", taskId).query(Long.class).list());
    }
}
