package io.potok.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts orders of the demo Заказы form set-based, in the shapes the tasks module writes. Of every thousand
 * orders, 990 are closed as approved after the warehouse and delivery steps, 4 wait on the warehouse, 3 on
 * delivery and 3 on the manager after the warehouse rejected them. Closed orders are spread over the 18
 * months before {@code now}, open ones over its last 10 days. Attributes follow from the order number, so
 * the data is the same on every run.
 */
final class MillionOrders {

    private final JdbcClient jdbc;
    private final long orgId;
    private final long formId;
    private final Instant now;
    private final ToLongFunction<String> memberIds;

    MillionOrders(JdbcClient jdbc, long orgId, long formId, Instant now, ToLongFunction<String> memberIds) {
        this.jdbc = jdbc;
        this.orgId = orgId;
        this.formId = formId;
        this.now = now;
        this.memberIds = memberIds;
    }

    void insert(int count) {
        long base = jdbc.sql("select nextval('tasks_id_seq')").query(Long.class).single();
        jdbc.sql("select setval('tasks_id_seq', :last)").param("last", base + count).query().singleValue();
        planOrders(base, count);
        try {
            insertTasks();
            insertApprovals();
            insertVisitsParticipantsAndMarkers();
            insertProjection();
            for (String table : List.of("tasks", "task_participants", "task_approvals", "task_step_visits",
                    "inbox_unread", "registry_form_" + formId)) {
                jdbc.sql("analyze " + table).update();
            }
        } finally {
            jdbc.sql("drop table bench_orders").update();
        }
    }

    /** Plans each order's client type, region, members and times into a scratch table. */
    private void planOrders(long base, int count) {
        jdbc.sql("""
                create unlogged table bench_orders as
                select :base + g as id, g, ct, region, case when ct = 1 then 1 else region end as wh,
                    1 + (g / 12) % 3 as author_k, 1 + (g / 36) % 2 as wh_k, 1 + (g / 72) % 2 as del_k,
                    case when g % 1000 < 4 then 2 when g % 1000 < 7 then 3 when g % 1000 < 10 then 1 else 0 end
                        as open_step
                from generate_series(1, :count) g
                cross join lateral (select 1 + g % 3 as ct, 1 + (g / 3) % 4 as region) attributes""")
                .param("base", base).param("count", count).update();
        jdbc.sql("""
                alter table bench_orders add column author bigint, add column created timestamptz,
                    add column warehouse_at timestamptz, add column delivery_at timestamptz""").update();
        jdbc.sql("""
                update bench_orders set author = (:managers::bigint[])[(ct - 1) * 3 + author_k],
                    created = case when open_step > 0
                        then :now::timestamptz - interval '1 hour' - ((g::bigint * 7919) % 14400) * interval '1 minute'
                        else :now::timestamptz - interval '14 days' - ((g::bigint * 7919) % 768960) * interval '1 minute' end""")
                .param("managers", members("marketplace1", "marketplace2", "marketplace3", "distributor1",
                        "distributor2", "distributor3", "retail1", "retail2", "retail3"))
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                update bench_orders set warehouse_at = created + (1 + g % 30) * interval '1 hour',
                    delivery_at = created + (5 + g % 30 + g % 90) * interval '1 hour'""").update();
    }

    private void insertTasks() {
        int version = jdbc.sql("select max(version) from form_versions where form_id = :form").param("form", formId)
                .query(Integer.class).single();
        jdbc.sql("""
                insert into tasks (id, org_id, form_id, form_version, subject, author_id, created_at, modified_at,
                    closed_at, current_step, status, resolution, version, field_values, step_mode, step_round,
                    last_activity_at)
                select id, :org, :form, :version, 'Заказ ' || g, author, created, activity,
                    case when open_step = 0 then delivery_at end, nullif(open_step, 0),
                    case when open_step = 0 then 'closed' else 'open' end,
                    case when open_step = 0 then 'approved' end,
                    case open_step when 0 then 3 when 2 then 1 else 2 end,
                    jsonb_build_object('2', jsonb_build_object('choice_ids', jsonb_build_array(ct)),
                        '4', jsonb_build_object('choice_ids', jsonb_build_array(region))),
                    case when open_step > 0 then 'any_one' end,
                    case open_step when 2 then 2 else 3 end, activity
                from bench_orders
                cross join lateral (select case open_step when 0 then delivery_at when 2 then created
                    else warehouse_at end as activity) a""")
                .param("org", orgId).param("form", formId).param("version", version).update();
    }

    private void insertApprovals() {
        Long[] managers = members("marketplace1", "marketplace2", "marketplace3", "distributor1", "distributor2",
                "distributor3", "retail1", "retail2", "retail3");
        Long[] warehouses = members("moscow1", "moscow2", "spb1", "spb2", "ekb1", "ekb2", "nsk1", "nsk2");
        Long[] delivery = members("logistics1", "logistics2", "courier1", "courier2");
        jdbc.sql("""
                insert into task_approvals (task_id, step, round, member_id, choice, requested_at, decided_at, automatic)
                select id, 1, 1, (:managers::bigint[])[(ct - 1) * 3 + k],
                    case when k = author_k then 'approved' else 'skipped' end, created,
                    case when k = author_k then created end, k = author_k
                from bench_orders cross join generate_series(1, 3) k""")
                .param("managers", managers).update();
        jdbc.sql("""
                insert into task_approvals (task_id, step, round, member_id, choice, requested_at, decided_at)
                select id, 2, 2, (:warehouses::bigint[])[(wh - 1) * 2 + k],
                    case when open_step = 2 then 'waiting' when k <> wh_k then 'skipped'
                        when open_step = 1 then 'rejected' else 'approved' end, created,
                    case when open_step <> 2 and k = wh_k then warehouse_at end
                from bench_orders cross join generate_series(1, 2) k""")
                .param("warehouses", warehouses).update();
        jdbc.sql("""
                insert into task_approvals (task_id, step, round, member_id, choice, requested_at, decided_at)
                select id, 3, 3, (:delivery::bigint[])[case when ct = 3 then 2 else 0 end + k],
                    case when open_step = 3 then 'waiting' when k = del_k then 'approved' else 'skipped' end,
                    warehouse_at, case when open_step = 0 and k = del_k then delivery_at end
                from bench_orders cross join generate_series(1, 2) k where open_step in (0, 3)""")
                .param("delivery", delivery).update();
        jdbc.sql("""
                insert into task_approvals (task_id, step, round, member_id, choice, requested_at)
                select id, 1, 3, (:managers::bigint[])[(ct - 1) * 3 + k], 'waiting', warehouse_at
                from bench_orders cross join generate_series(1, 3) k where open_step = 1""")
                .param("managers", managers).update();
    }

    private void insertVisitsParticipantsAndMarkers() {
        jdbc.sql("""
                insert into task_step_visits (task_id, org_id, step, entered_at, left_at)
                select id, :org, 1, created, created from bench_orders
                union all
                select id, :org, 2, created, case when open_step <> 2 then warehouse_at end from bench_orders
                union all
                select id, :org, 3, warehouse_at, case when open_step = 0 then delivery_at end
                from bench_orders where open_step in (0, 3)
                union all
                select id, :org, 1, warehouse_at, null from bench_orders where open_step = 1""")
                .param("org", orgId).update();
        jdbc.sql("insert into task_participants (task_id, member_id, reason) select id, author, 'author' from bench_orders")
                .update();
        insertUnreadMarkers();
    }

    /**
     * Marks a comment from someone else unread for a few followers: the author of one order in 250, and the
     * waiting approvers of one open order in ten (the author asked them something).
     */
    private void insertUnreadMarkers() {
        jdbc.sql("""
                insert into inbox_unread (member_id, task_id, org_id, since)
                select author, id, :org, created + interval '1 hour' from bench_orders where g % 250 = 0
                union
                select a.member_id, a.task_id, :org, a.requested_at from task_approvals a
                join bench_orders o on o.id = a.task_id
                where a.choice = 'waiting' and o.g % 10 = 3
                on conflict (member_id, task_id) do nothing""").param("org", orgId).update();
    }

    private void insertProjection() {
        jdbc.sql("""
                insert into registry_form_%d (task_id, org_id, form_version, subject, created_at, modified_at,
                    closed_at, current_step, closed, author_id, participant_ids, f2_choice, f4_choice)
                select t.id, t.org_id, t.form_version, t.subject, t.created_at, t.modified_at, t.closed_at,
                    t.current_step, t.status = 'closed', t.author_id,
                    array(select member_id from task_approvals a where a.task_id = t.id
                        union select t.author_id), o.ct, o.region
                from bench_orders o join tasks t on t.id = o.id""".formatted(formId)).update();
    }

    private Long[] members(String... localParts) {
        Long[] ids = new Long[localParts.length];
        for (int i = 0; i < localParts.length; i++) {
            ids[i] = memberIds.applyAsLong(localParts[i]);
        }
        return ids;
    }
}
