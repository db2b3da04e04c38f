package io.potok.catalogs.web;

import io.potok.catalogs.CatalogChangeDenied;
import io.potok.identity.CurrentMember;

/**
 * The rule every catalog write on the pages checks first: only organisation administrators change catalogs.
 */
final class EditAccess {

    private EditAccess() {
    }

    static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new CatalogChangeDenied();
        }
    }
}
