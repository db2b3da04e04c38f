package io.potok.catalogs.web;

import io.potok.platform.PotokException;

/**
 * A member who does not administer the organisation asked for a catalog import page.
 */
class CatalogImportDenied extends PotokException {

    CatalogImportDenied() {
        super("catalog_import_denied", 403);
    }
}
