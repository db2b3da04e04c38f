package io.potok.catalogs.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.StockLevel;

/**
 * The model of the stock page: one page of a catalog's items with their stock in each warehouse.
 *
 * @param search the search text, empty for all items
 * @param page the page number, from 0
 * @param total how many items match the search
 * @param editable whether the viewer may set stock on hand, as administrators may
 * @param saved how many levels the last save changed, or null when the page does not follow a save
 * @param error the message of a rejected save, or null
 */
public record StockPage(Catalog catalog, List<String> warehouses, List<Row> rows, String search, int page,
                        int total, int pageSize, boolean editable, Integer saved, String error) {

    /** One item with its stock levels keyed by warehouse name. */
    public record Row(CatalogItem item, Map<String, StockLevel> levels) {

        /** Returns the item's name: its second column when the catalog has one, else empty. */
        public String name() {
            return item.values().size() > 1 ? item.values().get(1) : "";
        }

        public BigDecimal onHand(String warehouse) {
            StockLevel level = levels.get(warehouse);
            return level == null ? BigDecimal.ZERO : level.onHand();
        }

        public BigDecimal reserved(String warehouse) {
            StockLevel level = levels.get(warehouse);
            return level == null ? BigDecimal.ZERO : level.reserved();
        }

        public BigDecimal available(String warehouse) {
            return onHand(warehouse).subtract(reserved(warehouse));
        }

        public boolean isShort(String warehouse) {
            return available(warehouse).signum() <= 0;
        }
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    /** Formats a quantity without trailing zeros, as "12" or "2.5". */
    public static String quantity(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
