package io.potok.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.potok.identity.CurrentMember;
import io.potok.tasks.DeferralDateInvalid;
import io.potok.tasks.ReminderTimeInvalid;
import io.potok.tasks.TaskReminders;
import io.potok.tasks.TaskVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores reminders in {@code task_reminders} and deferrals in {@code task_deferrals}. {@link ReminderFiring}
 * fires due reminders, {@link JdbcInbox} reads both, and {@link UnreadMarkers} clears a fired reminder when the
 * member views or changes the task.
 */
@Service
class JdbcTaskReminders implements TaskReminders {

    private final JdbcClient jdbc;
    private final TaskVisibility visibility;
    private final Clock clock;

    JdbcTaskReminders(JdbcClient jdbc, TaskVisibility visibility, Clock clock) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MemberReminders of(CurrentMember member, long taskId) {
        visibility.checkVisible(member, taskId);
        return jdbc.sql("""
                select r.remind_at, r.fired_at, d.deferred_until
                from (select :member as member_id, :task as task_id) k
                left join task_reminders r on r.member_id = k.member_id and r.task_id = k.task_id
                left join task_deferrals d on d.member_id = k.member_id and d.task_id = k.task_id
                    and d.deferred_until > :now""")
                .param("member", member.memberId()).param("task", taskId).param("now", Sql.timestamp(clock.instant()))
                .query(JdbcTaskReminders::map).single();
    }

    @Override
    @Transactional
    public void remind(CurrentMember member, long taskId, LocalDateTime at) {
        visibility.checkVisible(member, taskId);
        Instant remindAt = at.atZone(member.zone()).toInstant();
        if (!remindAt.isAfter(clock.instant())) {
            throw new ReminderTimeInvalid(at);
        }

        jdbc.sql("""
                insert into task_reminders (member_id, task_id, org_id, remind_at) values (:member, :task, :org, :at)
                on conflict (member_id, task_id) do update set remind_at = excluded.remind_at, fired_at = null""")
                .param("member", member.memberId()).param("task", taskId).param("org", member.orgId())
                .param("at", Sql.timestamp(remindAt)).update();
    }

    @Override
    @Transactional
    public void cancelReminder(CurrentMember member, long taskId) {
        visibility.checkVisible(member, taskId);
        jdbc.sql("delete from task_reminders where member_id = :member and task_id = :task")
                .param("member", member.memberId()).param("task", taskId).update();
    }

    @Override
    @Transactional
    public void defer(CurrentMember member, long taskId, LocalDate until) {
        visibility.checkVisible(member, taskId);
        if (!until.isAfter(LocalDate.ofInstant(clock.instant(), member.zone()))) {
            throw new DeferralDateInvalid(until);
        }

        jdbc.sql("""
                insert into task_deferrals (member_id, task_id, org_id, deferred_until)
                values (:member, :task, :org, :until)
                on conflict (member_id, task_id) do update set deferred_until = excluded.deferred_until""")
                .param("member", member.memberId()).param("task", taskId).param("org", member.orgId())
                .param("until", Sql.timestamp(until.atStartOfDay(member.zone()).toInstant())).update();
    }

    @Override
    @Transactional
    public void cancelDeferral(CurrentMember member, long taskId) {
        visibility.checkVisible(member, taskId);
        jdbc.sql("delete from task_deferrals where member_id = :member and task_id = :task")
                .param("member", member.memberId()).param("task", taskId).update();
    }

    private static MemberReminders map(ResultSet row, int number) throws SQLException {
        return new MemberReminders(Sql.instant(row, "remind_at"), row.getTimestamp("fired_at") != null,
                Sql.instant(row, "deferred_until"));
    }
}
