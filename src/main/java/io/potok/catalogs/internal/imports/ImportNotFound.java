package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * No catalog import with this id exists in the caller's organisation.
 */
public class ImportNotFound extends PotokException {

    public ImportNotFound(long importId) {
        super("catalog_import_not_found", 404, importId);
    }
}
