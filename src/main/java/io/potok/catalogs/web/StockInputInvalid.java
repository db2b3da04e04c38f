package io.potok.catalogs.web;

import io.potok.platform.PotokException;

/**
 * A stock page input that cannot be saved: a quantity that is not a number or is negative, an article the
 * catalog lacks, or an empty warehouse name.
 */
class StockInputInvalid extends PotokException {

    private StockInputInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    static StockInputInvalid quantity(String value) {
        return new StockInputInvalid("stock_quantity_invalid", value);
    }

    static StockInputInvalid unknownItem(String key) {
        return new StockInputInvalid("stock_item_not_found", key);
    }

    static StockInputInvalid missingWarehouse() {
        return new StockInputInvalid("stock_warehouse_missing");
    }
}
