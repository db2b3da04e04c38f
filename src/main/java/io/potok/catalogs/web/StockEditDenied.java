package io.potok.catalogs.web;

import io.potok.platform.PotokException;

/**
 * A member who is not an administrator tried to set stock on hand by hand.
 */
class StockEditDenied extends PotokException {

    StockEditDenied() {
        super("stock_edit_denied", 403);
    }
}
