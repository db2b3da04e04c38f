package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * The item changed after the caller read it, so the caller's edit would overwrite someone else's.
 */
public class CatalogItemChanged extends PotokException {

    public CatalogItemChanged(String itemKey) {
        super("catalog_item_changed", 409, itemKey);
    }
}
