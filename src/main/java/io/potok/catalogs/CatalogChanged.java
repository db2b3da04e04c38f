package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * The catalog's name or columns changed after the caller read them, so the caller's change would overwrite
 * someone else's.
 */
public class CatalogChanged extends PotokException {

    public CatalogChanged(String catalogName) {
        super("catalog_changed", 409, catalogName);
    }
}
