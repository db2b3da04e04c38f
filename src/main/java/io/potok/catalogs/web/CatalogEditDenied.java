package io.potok.catalogs.web;

import io.potok.platform.PotokException;

/**
 * A member who is not an organisation administrator tried to change a catalog.
 */
class CatalogEditDenied extends PotokException {

    CatalogEditDenied() {
        super("catalog_edit_denied", 403);
    }

    /** Rejects the request unless the member administers the organisation. */
    static void requireAdmin(io.potok.identity.CurrentMember member) {
        if (!member.admin()) {
            throw new CatalogEditDenied();
        }
    }
}
