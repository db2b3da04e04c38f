package io.potok.catalogs;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock on hand of catalog items per warehouse, and the quantities reserved for tasks. A warehouse is named
 * by text, such as "Москва"; an item with no level in a warehouse has none there.
 */
public interface StockLevels {

    /** Returns the levels of the items in every warehouse, keyed by item id; items without stock are absent. */
    Map<Long, List<StockLevel>> levels(long orgId, Collection<Long> itemIds);

    /** Returns the names of the warehouses the catalog's items have stock levels in, in name order. */
    List<String> warehouses(long orgId, long catalogId);

    /**
     * Replaces the catalog's stock on hand with a full report: levels not in the report drop to zero.
     * Reserved quantities are kept.
     *
     * @param onHand quantities keyed by item key, then by warehouse name
     */
    void replaceOnHand(long orgId, long catalogId, Map<String, Map<String, BigDecimal>> onHand);

    /** Sets the stock on hand of one item in one warehouse. */
    void setOnHand(long orgId, long itemId, String warehouse, BigDecimal quantity);

    /**
     * Reserves the lines for the task in the warehouse, all or none, replacing the task's previous reservation.
     * Concurrent calls are safe, so two tasks never both take the last unit.
     *
     * @throws StockShortage when a line requests more than is available
     */
    void reserve(long orgId, long taskId, String warehouse, List<StockLine> lines);

    /** Releases everything the task has reserved, and does nothing when it has no reservation. */
    void release(long orgId, long taskId);

    /** Writes the task's reserved quantities off stock on hand, as shipped. */
    void ship(long orgId, long taskId);

    /** Returns the task's reserved quantities by item id. */
    Map<Long, BigDecimal> reservedBy(long orgId, long taskId);

    /** Returns the warehouse the task's reservation is in, or empty when the task has nothing reserved. */
    Optional<String> reservationWarehouse(long orgId, long taskId);
}
