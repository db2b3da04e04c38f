package io.potok.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds open tasks with a passed due moment that has no {@code TaskOverdue} yet, and records each one
 * published in {@code task_overdue_events}.
 */
@Repository
class OverdueStore {

    private final JdbcClient jdbc;

    OverdueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A due moment of an open task that may have passed.
     *
     * @param kind {@code step}, {@code due} or {@code due_date}
     * @param step the step whose due time it is, for {@code step}
     * @param dueAt the due moment, for {@code step} and {@code due}
     * @param dueDate the due date, for {@code due_date}; it passes at the end of that day in the
     *        organisation's time zone
     */
    record Candidate(long taskId, long orgId, String kind, Integer step, Instant dueAt, LocalDate dueDate) {
    }

    /**
     * Returns up to {@code limit} candidates of each kind, oldest first: step due times and due times up to
     * {@code now}, and due dates before {@code latestDate}.
     */
    List<Candidate> candidates(Instant now, LocalDate latestDate, int limit) {
        List<Candidate> found = new ArrayList<>();
        found.addAll(jdbc.sql("""
                        select id, org_id, 'step' as kind, current_step as step, step_due as due_at, null::date as due_date
                        from tasks t
                        where status = 'open' and step_due <= :now and current_step is not null
                          and not exists (select 1 from task_overdue_events e
                                          where e.task_id = t.id and e.due_kind = 'step' and e.due_at = t.step_due)
                        order by step_due limit :limit
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit).query(OverdueStore::candidate).list());
        found.addAll(jdbc.sql("""
                        select id, org_id, 'due' as kind, null::int as step, due as due_at, null::date as due_date
                        from tasks t
                        where status = 'open' and due <= :now
                          and not exists (select 1 from task_overdue_events e
                                          where e.task_id = t.id and e.due_kind = 'due' and e.due_at = t.due)
                        order by due limit :limit
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit).query(OverdueStore::candidate).list());
        found.addAll(jdbc.sql("""
                        select id, org_id, 'due_date' as kind, null::int as step, null::timestamptz as due_at, due_date
                        from tasks t
                        where status = 'open' and due_date < :latest
                          and not exists (select 1 from task_overdue_events e
                                          where e.task_id = t.id and e.due_kind = 'due_date'
                                            and e.due_date = t.due_date)
                        order by due_date limit :limit
                        """)
                .param("latest", latestDate).param("limit", limit).query(OverdueStore::candidate).list());
        return found;
    }

    /**
     * Records that {@code TaskOverdue} is published for the due moment, and returns false when it already
     * was. A concurrent run that records the same moment waits for this transaction and then gets false.
     */
    boolean record(Candidate candidate, Instant dueAt, Instant publishedAt) {
        return jdbc.sql("""
                        insert into task_overdue_events
                            (task_id, org_id, due_kind, due_at, step, due_date, published_at)
                        values (:task, :org, :kind, :dueAt, :step, :dueDate, :publishedAt)
                        on conflict do nothing
                        """)
                .param("task", candidate.taskId()).param("org", candidate.orgId())
                .param("kind", candidate.kind()).param("dueAt", Timestamp.from(dueAt))
                .param("step", candidate.step()).param("dueDate", candidate.dueDate())
                .param("publishedAt", Timestamp.from(publishedAt))
                .update() > 0;
    }

    private static Candidate candidate(ResultSet row, int number) throws SQLException {
        int step = row.getInt("step");
        Integer stepOrNull = row.wasNull() ? null : step;
        Timestamp dueAt = row.getTimestamp("due_at");
        return new Candidate(row.getLong("id"), row.getLong("org_id"), row.getString("kind"), stepOrNull,
                dueAt == null ? null : dueAt.toInstant(), row.getObject("due_date", LocalDate.class));
    }
}
