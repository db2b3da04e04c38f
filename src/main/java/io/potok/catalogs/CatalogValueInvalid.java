package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * A cell value does not fit its column's type: a number that is not a number, a date that is not a date, a
 * member column that names no member of the organisation.
 */
public class CatalogValueInvalid extends PotokException {

    public CatalogValueInvalid(String key, String column, String value) {
        super("catalog_value_invalid", 400, key, column, value);
    }
}
