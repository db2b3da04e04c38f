package io.potok.catalogs;

import io.potok.platform.PotokException;

/**
 * A catalog name is blank or longer than the maximum length.
 */
public class CatalogNameInvalid extends PotokException {

    public CatalogNameInvalid(int maxLength) {
        super("catalog_name_invalid", 400, maxLength);
    }
}
