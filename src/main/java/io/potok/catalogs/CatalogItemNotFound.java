package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * The catalog has no item with this id in the caller's organisation.
 */
public class CatalogItemNotFound extends PotokException {

    public CatalogItemNotFound(long itemId) {
        super("catalog_item_not_found", 404, itemId);
    }
}
