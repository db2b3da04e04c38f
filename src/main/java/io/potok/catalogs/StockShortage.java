package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * A reservation requests more of an item than the warehouse has available.
 */
public class StockShortage extends PotokException {

    private final long itemId;

    public StockShortage(long itemId, String itemKey, String warehouse, String requested, String available) {
        super("stock_shortage", 409, itemKey, warehouse, requested, available);
        this.itemId = itemId;
    }

    public long itemId() {
        return itemId;
    }
}
