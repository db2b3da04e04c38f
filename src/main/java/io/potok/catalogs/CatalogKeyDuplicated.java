package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * Two rows of one sync carry the same key, so Potok cannot tell which one is meant.
 */
public class CatalogKeyDuplicated extends PotokException {

    public CatalogKeyDuplicated(String key) {
        super("catalog_key_duplicated", 400, key);
    }
}
