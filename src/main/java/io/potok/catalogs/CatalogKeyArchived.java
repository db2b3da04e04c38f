package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * An archived item already has the key, and keys stay unique among archived items too, so that tasks that
 * picked the archived item keep pointing at one item.
 */
public class CatalogKeyArchived extends PotokException {

    public CatalogKeyArchived(String key) {
        super("catalog_key_archived", 409, key);
    }
}
