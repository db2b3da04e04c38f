package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * An uploaded catalog file has no bytes, or no row with a value in it.
 */
public class CatalogFileEmpty extends PotokException {

    public CatalogFileEmpty(String fileName) {
        super("catalog_file_empty", 400, fileName);
    }
}
