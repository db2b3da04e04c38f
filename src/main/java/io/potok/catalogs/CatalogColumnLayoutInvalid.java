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

    /** The key column was removed or moved away from the first position. */
    public static CatalogColumnLayoutInvalid keyMoved(String keyColumn) {
        return new CatalogColumnLayoutInvalid("catalog_key_column_moved", keyColumn);
    }

    /** A column refers to a position the catalog does not have, or two columns to the same one. */
    public static CatalogColumnLayoutInvalid sourceInvalid(String column) {
        return new CatalogColumnLayoutInvalid("catalog_column_source_invalid", column);
    }
}
