package io.potok.catalogs.internal;

import java.util.List;

import io.potok.catalogs.CatalogItem;

/**
 * An item as read for a sync, with its cells already rearranged for the columns after the sync.
 */
record StoredItem(long id, String key, List<String> values, boolean deleted) {

    CatalogItem toItem(long catalogId) {
        return new CatalogItem(id, catalogId, values, deleted);
    }
}
