package io.potok.catalogs.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.potok.catalogs.StockLine;
import io.potok.catalogs.StockShortage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations of tasks in {@code stock_reservations}, mirrored in {@code stock_levels.reserved}.
 *
 * <p>Every method changes the level rows in (item id, warehouse) order, so concurrent calls wait for each
 * other instead of deadlocking. A reservation raises {@code reserved} by a conditional update that
 * PostgreSQL re-checks after waiting for a row lock, so two tasks never both take the last unit.
 */
@Component
class StockReservations {

    private static final Logger log = LoggerFactory.getLogger(StockReservations.class);

    private final JdbcClient jdbc;

    StockReservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A quantity of one item in one warehouse. */
    record Quantity(long itemId, String warehouse, BigDecimal quantity) {
    }

    /** Replaces the task's reservation with the lines in the warehouse, all lines or none. */
    @Transactional
    void reserve(long orgId, long taskId, String warehouse, List<StockLine> lines) {
        List<Quantity> before = reservationsOf(orgId, taskId);
        Map<Long, BigDecimal> requested = totalsByItem(lines);

        List<Quantity> changes = changes(before, warehouse, requested);
        if (changes.isEmpty() && before.size() == requested.size()) {
            return;
        }
        for (Quantity change : changes) {
            apply(orgId, change, before, requested);
        }

        deleteReservations(orgId, taskId);
        requested.forEach((itemId, quantity) ->
                insertReservation(orgId, taskId, new Quantity(itemId, warehouse, quantity)));
        log.debug("Task {} reserved {} items in warehouse {}", taskId, requested.size(), warehouse);
    }

    /** Gives back everything the task has reserved. */
    @Transactional
    void release(long orgId, long taskId) {
        List<Quantity> before = reservationsOf(orgId, taskId);
        for (Quantity held : before) {
            jdbc.sql("""
                            update stock_levels set reserved = greatest(reserved - :quantity, 0)
                             where item_id = :item and warehouse = :warehouse
                            """)
                    .param("quantity", held.quantity())
                    .param("item", held.itemId())
                    .param("warehouse", held.warehouse())
                    .update();
        }
        deleteReservations(orgId, taskId);
        if (!before.isEmpty()) {
            log.debug("Task {} released its reservation of {} items", taskId, before.size());
        }
    }

    /** Takes the task's reserved quantities off stock on hand and ends the reservation. */
    @Transactional
    void ship(long orgId, long taskId) {
        List<Quantity> before = reservationsOf(orgId, taskId);
        for (Quantity held : before) {
            jdbc.sql("""
                            update stock_levels
                               set on_hand = on_hand - :quantity, reserved = greatest(reserved - :quantity, 0)
                             where item_id = :item and warehouse = :warehouse
                            """)
                    .param("quantity", held.quantity())
                    .param("item", held.itemId())
                    .param("warehouse", held.warehouse())
                    .update();
        }
        deleteReservations(orgId, taskId);
        if (!before.isEmpty()) {
            log.debug("Task {} shipped {} reserved items", taskId, before.size());
        }
    }

    Map<Long, BigDecimal> reservedBy(long orgId, long taskId) {
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        reservationsOf(orgId, taskId).forEach(held -> totals.merge(held.itemId(), held.quantity(), BigDecimal::add));
        return totals;
    }

    /** Sums the positive quantities per item, in item id order. Lines without a positive quantity reserve nothing. */
    private static Map<Long, BigDecimal> totalsByItem(List<StockLine> lines) {
        Map<Long, BigDecimal> totals = new TreeMap<>();
        for (StockLine line : lines) {
            if (line.quantity() != null && line.quantity().signum() > 0) {
                totals.merge(line.itemId(), line.quantity(), BigDecimal::add);
            }
        }
        return totals;
    }

    /** Returns the change of {@code reserved} per item and warehouse, in lock order, without zero changes. */
    private static List<Quantity> changes(List<Quantity> before, String warehouse, Map<Long, BigDecimal> requested) {
        Map<String, Quantity> changes = new LinkedHashMap<>();
        for (Quantity held : before) {
            changes.merge(held.itemId() + "\n" + held.warehouse(),
                    new Quantity(held.itemId(), held.warehouse(), held.quantity().negate()), StockReservations::sum);
        }
        requested.forEach((itemId, quantity) -> changes.merge(itemId + "\n" + warehouse,
                new Quantity(itemId, warehouse, quantity), StockReservations::sum));
        return changes.values().stream()
                .filter(change -> change.quantity().signum() != 0)
                .sorted(Comparator.comparingLong(Quantity::itemId).thenComparing(Quantity::warehouse))
                .toList();
    }

    private static Quantity sum(Quantity a, Quantity b) {
        return new Quantity(a.itemId(), a.warehouse(), a.quantity().add(b.quantity()));
    }

    /** Applies one change. A rise that the available stock does not cover raises a shortage. */
    private void apply(long orgId, Quantity change, List<Quantity> before, Map<Long, BigDecimal> requested) {
        int updated = jdbc.sql("""
                        update stock_levels set reserved = greatest(reserved + :change, 0)
                         where org_id = :org and item_id = :item and warehouse = :warehouse
                           and (:change <= 0 or on_hand - reserved >= :change)
                        """)
                .param("change", change.quantity())
                .param("org", orgId)
                .param("item", change.itemId())
                .param("warehouse", change.warehouse())
                .update();
        if (updated == 0 && change.quantity().signum() > 0) {
            throw shortage(orgId, change, reservedBefore(before, change), requested.get(change.itemId()));
        }
    }

    private static BigDecimal reservedBefore(List<Quantity> before, Quantity change) {
        return before.stream()
                .filter(held -> held.itemId() == change.itemId() && held.warehouse().equals(change.warehouse()))
                .map(Quantity::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Builds the error naming the item, the warehouse, the requested quantity and what is available to the task. */
    private StockShortage shortage(long orgId, Quantity change, BigDecimal reservedBefore, BigDecimal requested) {
        String key = jdbc.sql("select item_key from catalog_items where org_id = :org and id = :id")
                .param("org", orgId)
                .param("id", change.itemId())
                .query(String.class)
                .optional()
                .orElse(String.valueOf(change.itemId()));
        BigDecimal free = jdbc.sql("""
                        select on_hand - reserved from stock_levels where item_id = :item and warehouse = :warehouse
                        """)
                .param("item", change.itemId())
                .param("warehouse", change.warehouse())
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
        BigDecimal available = free.add(reservedBefore).max(BigDecimal.ZERO);
        return new StockShortage(change.itemId(), key, change.warehouse(), plain(requested), plain(available));
    }

    static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    /** Returns the task's reservation rows in lock order. */
    private List<Quantity> reservationsOf(long orgId, long taskId) {
        return jdbc.sql("""
                        select item_id, warehouse, quantity from stock_reservations
                         where org_id = :org and task_id = :task order by item_id, warehouse
                        """)
                .param("org", orgId)
                .param("task", taskId)
                .query((rs, row) -> new Quantity(rs.getLong("item_id"), rs.getString("warehouse"),
                        rs.getBigDecimal("quantity")))
                .list();
    }

    private void deleteReservations(long orgId, long taskId) {
        jdbc.sql("delete from stock_reservations where org_id = :org and task_id = :task")
                .param("org", orgId)
                .param("task", taskId)
                .update();
    }

    private void insertReservation(long orgId, long taskId, Quantity held) {
        jdbc.sql("""
                        insert into stock_reservations (org_id, task_id, item_id, warehouse, quantity)
                        values (:org, :task, :item, :warehouse, :quantity)
                        """)
                .param("org", orgId)
                .param("task", taskId)
                .param("item", held.itemId())
                .param("warehouse", held.warehouse())
                .param("quantity", held.quantity())
                .update();
    }
}
