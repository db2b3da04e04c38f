package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * Only organisation administrators create catalogs and change their columns and items.
 */
public class CatalogChangeDenied extends PotokException {

    public CatalogChangeDenied() {
        super("catalog_change_denied", 403);
    }
}
