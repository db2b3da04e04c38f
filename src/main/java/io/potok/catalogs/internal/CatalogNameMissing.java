package io.potok.catalogs.internal;

import io.potok.platform.PotokException;

/**
 * A catalog is being created without a name.
 */
public final class CatalogNameMissing extends PotokException {

    CatalogNameMissing() {
        super("catalog_name_missing", 400);
    }
}
