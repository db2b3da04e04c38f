package io.potok.catalogs;

import java.math.BigDecimal;

/**
 * A quantity of one catalog item, such as one order line.
 */
public record StockLine(long itemId, BigDecimal quantity) {
}
