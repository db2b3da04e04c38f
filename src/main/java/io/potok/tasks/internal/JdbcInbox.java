package io.potok.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.potok.identity.CurrentMember;
import io.potok.tasks.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads inboxes with one query over the task tables. Every task listed involves the member, so it is
 * visible to them by the visibility rule. A followed task is unread when its last activity is newer than the
 * member's last read; every change marks the task read for its actor, so one's own changes never count.
 */
@Service
class JdbcInbox implements Inbox {

    private static final String QUERY = """
            with decisions as (
                select a.task_id from task_approvals a join tasks t on t.id = a.task_id
                where a.member_id = :member and a.choice = 'waiting' and a.round = t.step_round
                    and t.org_id = :org and t.status = 'open'
            ), responsible as (
                select id as task_id from tasks where responsible_id = :member and org_id = :org and status = 'open'
            ), followed as (
                select task_id from task_participants where member_id = :member
                union
                select task_id from task_approvals where member_id = :member
            ), unread as (
                select f.task_id from followed f
                join tasks t on t.id = f.task_id
                left join task_reads r on r.task_id = f.task_id and r.member_id = :member
                where t.last_activity_at > coalesce(r.read_at, '-infinity')
            )
            select t.id, t.form_id, t.subject, t.current_step, t.status, t.last_activity_at,
                t.id in (select task_id from decisions) as decision,
                t.id in (select task_id from responsible) as responsible,
                t.id in (select task_id from unread) as unread
            from tasks t
            where t.org_id = :org and t.id in (
                select task_id from decisions union select task_id from responsible union select task_id from unread)
            order by t.last_activity_at desc, t.id desc
            limit :limit""";

    private final JdbcClient jdbc;

    JdbcInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> of(CurrentMember member, int limit) {
        return jdbc.sql(QUERY).param("member", member.memberId()).param("org", member.orgId())
                .param("limit", limit).query(JdbcInbox::map).list();
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
        return new InboxItem(row.getLong("id"), Sql.nullableLong(row, "form_id"), row.getString("subject"),
                Sql.nullableInt(row, "current_step"), "closed".equals(row.getString("status")),
                Sql.instant(row, "last_activity_at"), reasons);
    }
}
