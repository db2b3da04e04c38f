package io.potok.catalogs.internal;

import io.potok.platform.PotokException;

/**
 * A row cannot become a catalog item as a whole: its key is empty, or it has more cells than the catalog has
 * columns. A cell that does not fit its column is reported by {@link io.potok.catalogs.CatalogValueInvalid}.
 */
public final class CatalogRowInvalid extends PotokException {

    private CatalogRowInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    static CatalogRowInvalid keyMissing(String keyColumn) {
        return new CatalogRowInvalid("catalog_key_missing", keyColumn);
    }

    static CatalogRowInvalid tooLong(String key, int cells, int columns) {
        return new CatalogRowInvalid("catalog_row_too_long", key, cells, columns);
    }
}
