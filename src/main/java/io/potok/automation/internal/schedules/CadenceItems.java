package io.potok.automation.internal.schedules;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Form;
import io.potok.forms.ScheduleDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-item state of per-record schedules in {@code cadence_items}: each catalog item with a known cadence
 * has a row with its next due date, the time its last task was closed and its open task.
 */
@Component
class CadenceItems {

    /** One item's state. */
    record ItemState(long itemId, CadencePeriod period, LocalDate nextDue, Instant lastCompletedAt,
                     Long openTaskId) {
    }

    /** The schedule and item an open task was created for. */
    record OpenTask(long formId, String scheduleId, long itemId, CadencePeriod period) {
    }

    private final JdbcClient jdbc;
    private final Catalogs catalogs;

    CadenceItems(JdbcClient jdbc, Catalogs catalogs) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
    }

    /**
     * Brings the rows in line with the catalog: adds items that gained a known cadence, moves the next date of
     * items whose cadence changed, and drops archived items and items whose cadence is empty or unknown.
     */
    void reconcile(Form form, ScheduleDefinition schedule, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        ScheduleDefinition.Cadence cadence = schedule.cadence();
        Optional<Catalog> catalog = catalogs.find(form.orgId(), cadence.catalogId());
        int cadenceColumn = catalog.map(found -> found.columnIndex(cadence.cadenceColumn())).orElse(-1);
        List<CatalogItem> items = cadenceColumn < 0 || catalog.get().archived()
                ? List.of() : catalogs.items(form.orgId(), cadence.catalogId(), false);

        Map<Long, ItemState> existing = states(form.id(), schedule.id());
        Set<Long> kept = new HashSet<>();
        for (CatalogItem item : items) {
            Optional<CadencePeriod> period = CadencePeriod.parse(cell(item, cadenceColumn));
            if (period.isPresent()) {
                kept.add(item.id());
                upsert(form, schedule.id(), item.id(), period.get(), existing.get(item.id()), zone, today);
            }
        }
        existing.keySet().stream().filter(itemId -> !kept.contains(itemId))
                .forEach(itemId -> delete(form.id(), schedule.id(), itemId));
    }

    private void upsert(Form form, String scheduleId, long itemId, CadencePeriod period, ItemState state,
                        ZoneId zone, LocalDate today) {
        if (state == null) {
            jdbc.sql("""
                    insert into cadence_items (org_id, form_id, schedule_id, item_id, cadence, next_due)
                    values (:org, :form, :schedule, :item, :cadence, :due)""")
                    .param("org", form.orgId()).param("form", form.id()).param("schedule", scheduleId)
                    .param("item", itemId).param("cadence", period.wireName())
                    .param("due", Date.valueOf(CadencePeriod.firstDue(today, itemId))).update();
        } else if (state.period() != period) {
            LocalDate nextDue = state.lastCompletedAt() == null
                    ? CadencePeriod.firstDue(today, itemId)
                    : period.after(LocalDate.ofInstant(state.lastCompletedAt(), zone));
            jdbc.sql("""
                    update cadence_items set cadence = :cadence, next_due = :due
                    where form_id = :form and schedule_id = :schedule and item_id = :item""")
                    .param("cadence", period.wireName()).param("due", Date.valueOf(nextDue))
                    .param("form", form.id()).param("schedule", scheduleId).param("item", itemId).update();
        }
    }

    /** Reads the states of one schedule's items by item id. */
    Map<Long, ItemState> states(long formId, String scheduleId) {
        Map<Long, ItemState> states = new HashMap<>();
        jdbc.sql("""
                select item_id, cadence, next_due, last_completed_at, open_task_id from cadence_items
                where form_id = :form and schedule_id = :schedule""")
                .param("form", formId).param("schedule", scheduleId)
                .query(CadenceItems::state)
                .list().forEach(state -> states.put(state.itemId(), state));
        return states;
    }

    /** Lists the items due by {@code today} that have no open task. */
    List<Long> dueWithoutTask(long formId, String scheduleId, LocalDate today) {
        return jdbc.sql("""
                select item_id from cadence_items
                where form_id = :form and schedule_id = :schedule and open_task_id is null and next_due <= :today
                order by next_due, item_id""")
                .param("form", formId).param("schedule", scheduleId).param("today", Date.valueOf(today))
                .query(Long.class).list();
    }

    /** Locks the item's row and returns its state, or empty when the item no longer has a cadence. */
    Optional<ItemState> lock(long formId, String scheduleId, long itemId) {
        return jdbc.sql("""
                select item_id, cadence, next_due, last_completed_at, open_task_id from cadence_items
                where form_id = :form and schedule_id = :schedule and item_id = :item for update""")
                .param("form", formId).param("schedule", scheduleId).param("item", itemId)
                .query(CadenceItems::state)
                .optional();
    }

    void markOpen(long formId, String scheduleId, long itemId, long taskId) {
        jdbc.sql("""
                update cadence_items set open_task_id = :task
                where form_id = :form and schedule_id = :schedule and item_id = :item""")
                .param("task", taskId).param("form", formId).param("schedule", scheduleId).param("item", itemId)
                .update();
    }

    /** Lists the schedule items whose open task is this task. */
    List<OpenTask> openFor(long taskId) {
        return jdbc.sql("select form_id, schedule_id, item_id, cadence from cadence_items where open_task_id = :task")
                .param("task", taskId)
                .query((row, number) -> new OpenTask(row.getLong("form_id"), row.getString("schedule_id"),
                        row.getLong("item_id"), CadencePeriod.valueOf(row.getString("cadence").toUpperCase())))
                .list();
    }

    /** Records the item's task as completed at {@code closedAt} and sets the item's next due date. */
    void complete(OpenTask open, Instant closedAt, LocalDate nextDue) {
        jdbc.sql("""
                update cadence_items set open_task_id = null, last_completed_at = :closed, next_due = :due
                where form_id = :form and schedule_id = :schedule and item_id = :item""")
                .param("closed", Timestamp.from(closedAt)).param("due", Date.valueOf(nextDue))
                .param("form", open.formId()).param("schedule", open.scheduleId()).param("item", open.itemId())
                .update();
    }

    void delete(long formId, String scheduleId, long itemId) {
        jdbc.sql("delete from cadence_items where form_id = :form and schedule_id = :schedule and item_id = :item")
                .param("form", formId).param("schedule", scheduleId).param("item", itemId).update();
    }

    private static ItemState state(ResultSet row, int number) throws SQLException {
        Object openTaskId = row.getObject("open_task_id");
        return new ItemState(row.getLong("item_id"), CadencePeriod.valueOf(row.getString("cadence").toUpperCase()),
                row.getDate("next_due").toLocalDate(), instant(row.getTimestamp("last_completed_at")),
                openTaskId == null ? null : ((Number) openTaskId).longValue());
    }

    private static String cell(CatalogItem item, int column) {
        return column < item.values().size() ? item.values().get(column) : null;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
