package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * An uploaded catalog file is neither CSV text nor an XLSX workbook, such as an old binary XLS file or a
 * damaged workbook.
 */
public class CatalogFileUnreadable extends PotokException {

    public CatalogFileUnreadable(String fileName) {
        super("catalog_file_unreadable", 400, fileName);
    }
}
