package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * No catalog with this id exists in the caller's organisation.
 */
public class CatalogNotFound extends PotokException {

    public CatalogNotFound(long catalogId) {
        super("catalog_not_found", 404, catalogId);
    }
}
