package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * An item has an empty key, the value of the catalog's first column.
 */
public class CatalogKeyMissing extends PotokException {

    public CatalogKeyMissing(String keyColumn) {
        super("catalog_key_missing", 400, keyColumn);
    }
}
