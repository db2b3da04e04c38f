package io.potok.catalogs.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;
import io.potok.catalogs.StockLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock levels in {@code stock_levels}, one row per item and warehouse. {@link StockReservations} keeps the
 * reservations.
 */
@Service
class JdbcStockLevels implements StockLevels {

    private static final Logger log = LoggerFactory.getLogger(JdbcStockLevels.class);

    /**
     * Loads a report into the temporary table {@code stock_report}, matched to the catalog's items by key.
     * Keys the catalog lacks are skipped. Parameters: keys, warehouses and quantities as parallel arrays, then
     * org and catalog.
     */
    private static final String LOAD_REPORT = """
            create temporary table stock_report on commit drop as
            select i.id as item_id, r.warehouse, r.quantity
              from unnest(?::text[], ?::text[], ?::numeric[]) as r (item_key, warehouse, quantity)
              join catalog_items i on i.org_id = ? and i.catalog_id = ? and i.item_key = r.item_key
            """;

    private static final String UPSERT_REPORT = """
            insert into stock_levels (org_id, catalog_id, item_id, warehouse, on_hand)
            select ?, ?, item_id, warehouse, quantity from stock_report
            on conflict (item_id, warehouse) do update set on_hand = excluded.on_hand
             where stock_levels.on_hand <> excluded.on_hand
            """;

    /** Sets to zero every level of the catalog the report does not name. */
    private static final String ZERO_UNREPORTED = """
            update stock_levels s set on_hand = 0
             where s.on_hand <> 0 and s.org_id = ? and s.catalog_id = ?
               and not exists (select 1 from stock_report r where r.item_id = s.item_id and r.warehouse = s.warehouse)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final StockReservations reservations;

    JdbcStockLevels(JdbcClient jdbc, JdbcTemplate template, StockReservations reservations) {
        this.jdbc = jdbc;
        this.template = template;
        this.reservations = reservations;
    }

    @Override
    public Map<Long, List<StockLevel>> levels(long orgId, Collection<Long> itemIds) {
        Map<Long, List<StockLevel>> found = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select item_id, warehouse, on_hand, reserved from stock_levels
                         where org_id = :org and item_id in (:ids) order by item_id, warehouse
                        """)
                .param("org", orgId)
                .param("ids", List.copyOf(itemIds))
                .query((rs, row) -> new StockLevel(rs.getLong("item_id"), rs.getString("warehouse"),
                        rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved")))
                .list()
                .forEach(level -> found.computeIfAbsent(level.itemId(), id -> new ArrayList<>()).add(level));
        return found;
    }

    @Override
    public List<String> warehouses(long orgId, long catalogId) {
        return jdbc.sql("""
                        select distinct warehouse from stock_levels
                         where org_id = :org and catalog_id = :catalog order by warehouse
                        """)
                .param("org", orgId)
                .param("catalog", catalogId)
                .query(String.class)
                .list();
    }

    @Override
    @Transactional
    public void replaceOnHand(long orgId, long catalogId, Map<String, Map<String, BigDecimal>> onHand) {
        Report report = Report.of(onHand);
        // The report goes through an analyzed temporary table. With the arrays inline in the statement that zeroes
        // unreported levels, a report of 400,000 levels ran for minutes, because the planner does not know the
        // size of an unnested array parameter.
        template.update("drop table if exists pg_temp.stock_report");
        template.update(connection -> {
            PreparedStatement load = connection.prepareStatement(LOAD_REPORT);
            load.setArray(1, connection.createArrayOf("text", report.keys()));
            load.setArray(2, connection.createArrayOf("text", report.warehouses()));
            load.setArray(3, connection.createArrayOf("numeric", report.quantities()));
            load.setLong(4, orgId);
            load.setLong(5, catalogId);
            return load;
        });
        template.execute("analyze pg_temp.stock_report");
        int upserted = template.update(UPSERT_REPORT, orgId, catalogId);
        int zeroed = template.update(ZERO_UNREPORTED, orgId, catalogId);
        template.update("drop table pg_temp.stock_report");
        log.info("Stock on hand of catalog {} in organisation {} replaced: {} reported levels, {} changed, {} zeroed",
                catalogId, orgId, report.keys().length, upserted, zeroed);
    }

    @Override
    @Transactional
    public void setOnHand(long orgId, long itemId, String warehouse, BigDecimal quantity) {
        int changed = jdbc.sql("""
                        insert into stock_levels (org_id, catalog_id, item_id, warehouse, on_hand)
                        select org_id, catalog_id, id, :warehouse, :quantity from catalog_items
                         where org_id = :org and id = :item
                        on conflict (item_id, warehouse) do update set on_hand = excluded.on_hand
                        """)
                .param("org", orgId)
                .param("item", itemId)
                .param("warehouse", warehouse)
                .param("quantity", quantity)
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("Catalog item " + itemId + " not found in organisation " + orgId);
        }
    }

    @Override
    @Transactional
    public void reserve(long orgId, long taskId, String warehouse, List<StockLine> lines) {
        reservations.reserve(orgId, taskId, warehouse, lines);
    }

    @Override
    @Transactional
    public void release(long orgId, long taskId) {
        reservations.release(orgId, taskId);
    }

    @Override
    @Transactional
    public void ship(long orgId, long taskId) {
        reservations.ship(orgId, taskId);
    }

    @Override
    public Map<Long, BigDecimal> reservedBy(long orgId, long taskId) {
        return reservations.reservedBy(orgId, taskId);
    }

    @Override
    public Optional<String> reservationWarehouse(long orgId, long taskId) {
        return jdbc.sql("select warehouse from stock_reservations where org_id = :org and task_id = :task limit 1")
                .param("org", orgId)
                .param("task", taskId)
                .query(String.class)
                .optional();
    }

    /** A stock report flattened into parallel arrays, one element per item and warehouse. */
    private record Report(String[] keys, String[] warehouses, BigDecimal[] quantities) {

        static Report of(Map<String, Map<String, BigDecimal>> onHand) {
            List<String> keys = new ArrayList<>();
            List<String> warehouses = new ArrayList<>();
            List<BigDecimal> quantities = new ArrayList<>();
            onHand.forEach((key, byWarehouse) -> byWarehouse.forEach((warehouse, quantity) -> {
                keys.add(key);
                warehouses.add(warehouse);
                quantities.add(quantity == null ? BigDecimal.ZERO : quantity);
            }));
            return new Report(keys.toArray(String[]::new), warehouses.toArray(String[]::new),
                    quantities.toArray(BigDecimal[]::new));
        }
    }
}
