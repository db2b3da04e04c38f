package io.potok.catalogs.internal;

import java.util.List;

import io.potok.catalogs.CatalogItem;

/**
 * An item as read for a sync, with its cells already rearranged for the columns after the sync.
 *
 * @param movedByColumns whether rearranging for new columns changed the item's cells, so that storing the new
 *                       columns alone already updates it
 */
record StoredItem(long id, String key, List<String> values, boolean deleted, boolean movedByColumns) {

    StoredItem(long id, String key, List<String> values, boolean deleted) {
        this(id, key, values, deleted, false);
    }

    CatalogItem toItem(long catalogId) {
        return new CatalogItem(id, catalogId, values, deleted);
    }
}
