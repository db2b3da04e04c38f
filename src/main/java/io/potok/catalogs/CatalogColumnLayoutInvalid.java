package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * A changed column layout does not fit the catalog's current columns; each factory method names one reason.
 * Blank, repeated and unknown-type columns are reported by the column checks that syncs share.
 */
public class CatalogColumnLayoutInvalid extends PotokException {

    private CatalogColumnLayoutInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    /** Reports that the key column was removed or moved away from the first position. */
    public static CatalogColumnLayoutInvalid keyMoved(String keyColumn) {
        return new CatalogColumnLayoutInvalid("catalog_key_column_moved", keyColumn);
    }

    /** Reports a column whose source is not a column of the catalog, or is the source of another column too. */
    public static CatalogColumnLayoutInvalid sourceInvalid(String column) {
        return new CatalogColumnLayoutInvalid("catalog_column_source_invalid", column);
    }
}
