package io.potok.catalogs.internal;

import io.potok.platform.PotokException;

/**
 * The columns sent for a catalog cannot be used: none at all, a blank or repeated name, or an unknown type.
 */
public final class CatalogColumnsInvalid extends PotokException {

    private CatalogColumnsInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    static CatalogColumnsInvalid missing() {
        return new CatalogColumnsInvalid("catalog_columns_missing");
    }

    static CatalogColumnsInvalid blankName(int position) {
        return new CatalogColumnsInvalid("catalog_column_name_blank", position);
    }

    static CatalogColumnsInvalid duplicated(String name) {
        return new CatalogColumnsInvalid("catalog_column_duplicated", name);
    }

    static CatalogColumnsInvalid unknownType(String name, String type) {
        return new CatalogColumnsInvalid("catalog_column_type_unknown", name, type);
    }
}
