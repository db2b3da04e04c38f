package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * A catalog's new column layout cannot be stored; each factory method names one reason.
 */
public class CatalogColumnsInvalid extends PotokException {

    private CatalogColumnsInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    /** The column at the position (counted from 1) has no name. */
    public static CatalogColumnsInvalid nameMissing(int position) {
        return new CatalogColumnsInvalid("catalog_column_name_missing", position);
    }

    /** Two columns have the same name, ignoring case. */
    public static CatalogColumnsInvalid nameDuplicated(String name) {
        return new CatalogColumnsInvalid("catalog_column_name_duplicated", name);
    }

    public static CatalogColumnsInvalid typeUnknown(String column, String type) {
        return new CatalogColumnsInvalid("catalog_column_type_unknown", column, type);
    }

    /** The key column was removed or moved away from the first position. */
    public static CatalogColumnsInvalid keyMoved(String keyColumn) {
        return new CatalogColumnsInvalid("catalog_key_column_moved", keyColumn);
    }

    /** A column refers to a position the catalog does not have, or two columns to the same one. */
    public static CatalogColumnsInvalid sourceInvalid(String column) {
        return new CatalogColumnsInvalid("catalog_column_source_invalid", column);
    }
}
