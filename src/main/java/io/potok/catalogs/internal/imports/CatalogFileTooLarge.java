package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * An uploaded catalog file is over the size or row limit of an import.
 */
public class CatalogFileTooLarge extends PotokException {

    private CatalogFileTooLarge(String code, String fileName, Object limit) {
        super(code, 413, fileName, limit);
    }

    /** Creates the failure for a file with more bytes than the limit, given in megabytes. */
    public static CatalogFileTooLarge bySize(String fileName, long limitMegabytes) {
        return new CatalogFileTooLarge("catalog_file_too_large", fileName, limitMegabytes);
    }

    /** Creates the failure for a file with more data rows than the limit. */
    public static CatalogFileTooLarge byRows(String fileName, int maxRows) {
        return new CatalogFileTooLarge("catalog_file_too_many_rows", fileName, maxRows);
    }
}
