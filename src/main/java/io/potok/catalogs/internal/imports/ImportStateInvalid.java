package io.potok.catalogs.internal.imports;

import io.potok.platform.PotokException;

/**
 * A step was requested of an import that is past it, such as changing the mapping of an import already running.
 */
public class ImportStateInvalid extends PotokException {

    public ImportStateInvalid(long importId, ImportStatus status) {
        super("catalog_import_state_invalid", 409, importId, status.name());
    }
}
