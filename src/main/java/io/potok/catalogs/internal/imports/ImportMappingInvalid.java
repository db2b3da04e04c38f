package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * The column mapping of an import cannot work: the key column gets no file column, one catalog column gets
 * two, or a file column names a catalog column that does not exist.
 */
public class ImportMappingInvalid extends PotokException {

    private ImportMappingInvalid(String code, String column) {
        super(code, 400, column);
    }

    static ImportMappingInvalid keyUnmapped(String keyColumn) {
        return new ImportMappingInvalid("catalog_import_key_unmapped", keyColumn);
    }

    static ImportMappingInvalid mappedTwice(String column) {
        return new ImportMappingInvalid("catalog_import_column_mapped_twice", column);
    }

    static ImportMappingInvalid unknownColumn(String column) {
        return new ImportMappingInvalid("catalog_import_column_unknown", column);
    }
}
