package io.potok.catalogs;

import java.math.BigDecimal;

/**
 * Stock of one item in one warehouse.
 *
 * @param onHand the quantity in the warehouse
 * @param reserved the part of it held for open tasks
 */
public record StockLevel(long itemId, String warehouse, BigDecimal onHand, BigDecimal reserved) {

    /** Returns what may still be promised: on hand less reserved. */
    public BigDecimal available() {
        return onHand.subtract(reserved);
    }
}
