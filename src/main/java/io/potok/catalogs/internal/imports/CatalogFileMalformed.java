package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * A CSV file breaks the quoting rules, such as a quote that is never closed, so its rows cannot be separated.
 */
public class CatalogFileMalformed extends PotokException {

    public CatalogFileMalformed(String fileName, long lineNumber) {
        super("catalog_file_malformed", 400, fileName, lineNumber);
    }
}
