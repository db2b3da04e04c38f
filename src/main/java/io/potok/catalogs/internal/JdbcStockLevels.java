package io.potok.catalogs.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Upserts the reported quantities of the catalog's items, matched by key. Keys the catalog lacks are
     * skipped. Parameters: keys, warehouses and quantities as parallel arrays, then org and catalog.
     */
    private static final String UPSERT_REPORT = """
            insert into stock_levels (org_id, catalog_id, item_id, warehouse, on_hand)
            select i.org_id, i.catalog_id, i.id, r.warehouse, r.quantity
              from unnest(?::text[], ?::text[], ?::numeric[]) as r (item_key, warehouse, quantity)
              join catalog_items i on i.org_id = ? and i.catalog_id = ? and i.item_key = r.item_key
            on conflict (item_id, warehouse) do update set on_hand = excluded.on_hand
             where stock_levels.on_hand <> excluded.on_hand
            """;

    /** Sets to zero every level of the catalog the report does not name. Same parameters as the upsert. */
    private static final String ZERO_UNREPORTED = """
            update stock_levels s set on_hand = 0
             where s.on_hand <> 0 and s.org_id = ? and s.catalog_id = ?
               and not exists (
                   select 1
                     from unnest(?::text[], ?::text[]) as r (item_key, warehouse)
                     join catalog_items i on i.catalog_id = s.catalog_id and i.item_key = r.item_key
                    where i.id = s.item_id and r.warehouse = s.warehouse)
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
        int upserted = template.execute((java.sql.Connection connection) -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_REPORT);
                 PreparedStatement zero = connection.prepareStatement(ZERO_UNREPORTED)) {
                Array keys = connection.createArrayOf("text", report.keys());
                Array warehouses = connection.createArrayOf("text", report.warehouses());
                upsert.setArray(1, keys);
                upsert.setArray(2, warehouses);
                upsert.setArray(3, connection.createArrayOf("numeric", report.quantities()));
                upsert.setLong(4, orgId);
                upsert.setLong(5, catalogId);
                int changed = upsert.executeUpdate();
                zero.setLong(1, orgId);
                zero.setLong(2, catalogId);
                zero.setArray(3, keys);
                zero.setArray(4, warehouses);
                return changed + zero.executeUpdate();
            }
        });
        log.info("Stock on hand of catalog {} in organisation {} replaced: {} reported levels, {} changed",
                catalogId, orgId, report.keys().length, upserted);
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
