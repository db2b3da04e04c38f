package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * The catalog is archived, so its items and columns cannot change until it is restored.
 */
public class CatalogArchived extends PotokException {

    public CatalogArchived(String catalogName) {
        super("catalog_archived", 409, catalogName);
    }
}
