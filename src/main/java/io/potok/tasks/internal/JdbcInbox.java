package io.potok.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.potok.identity.CurrentMember;
import io.potok.tasks.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads inboxes from four small member-keyed sets, each an index lookup: the member's waiting approvals on
 * the current round, the open tasks they are responsible for, their unread markers ({@link UnreadMarkers})
 * and their fired reminders. Checking a deferral costs one primary-key lookup per listed task. Every task
 * listed involves the member or carries the member's own reminder.
 */
@Service
class JdbcInbox implements Inbox {

    private static final String QUERY = """
            select t.id, t.form_id, t.subject, t.current_step, t.status, t.last_activity_at, t.due_date, t.due, t.step_due,
                m.decision, m.responsible, m.unread, m.reminded_at
            from (
                select task_id, bool_or(decision) as decision, bool_or(responsible) as responsible,
                    bool_or(unread) as unread, max(reminded_at) as reminded_at
                from (
                    select a.task_id, true as decision, false as responsible, false as unread,
                        null::timestamptz as reminded_at
                    from task_approvals a join tasks s on s.id = a.task_id
                    where a.member_id = :member and a.choice = 'waiting' and a.round = s.step_round
                        and s.status = 'open'
                    union all
                    select id, false, true, false, null from tasks where responsible_id = :member and status = 'open'
                    union all
                    select task_id, false, false, true, null from inbox_unread where member_id = :member
                    union all
                    select task_id, false, false, false, fired_at from task_reminders
                    where member_id = :member and fired_at is not null
                ) parts
                group by task_id
            ) m
            join tasks t on t.id = m.task_id
            where t.org_id = :org
                and (m.reminded_at is not null or not exists (
                    select 1 from task_deferrals d
                    where d.member_id = :member and d.task_id = t.id and d.deferred_until > :now))
            order by m.reminded_at desc nulls last, t.last_activity_at desc, t.id desc
            limit :limit""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> of(CurrentMember member, int limit) {
        return jdbc.sql(QUERY).param("member", member.memberId()).param("org", member.orgId())
                .param("limit", limit).param("now", Sql.timestamp(clock.instant())).query(JdbcInbox::map).list();
    }

    private static InboxItem map(ResultSet row, int number) throws SQLException {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (row.getBoolean("decision")) {
            reasons.add(Reason.DECISION);
        }
        if (row.getBoolean("responsible")) {
            reasons.add(Reason.RESPONSIBLE);
        }
        if (row.getBoolean("unread")) {
            reasons.add(Reason.UNREAD_COMMENTS);
        }
        if (row.getTimestamp("reminded_at") != null) {
            reasons.add(Reason.REMINDER);
        }
        return new InboxItem(row.getLong("id"), Sql.nullableLong(row, "form_id"), row.getString("subject"),
                Sql.nullableInt(row, "current_step"), "closed".equals(row.getString("status")),
                Sql.instant(row, "last_activity_at"), Sql.localDate(row, "due_date"), Sql.instant(row, "due"),
                reasons, Sql.instant(row, "step_due"));
    }
}
