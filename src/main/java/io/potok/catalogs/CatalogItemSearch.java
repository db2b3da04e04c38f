package io.potok.catalogs;

import java.util.List;

/**
 * Finds catalog items by their cell values in the database, so that filtering stays fast in catalogs of
 * 100,000 items.
 */
public interface CatalogItemSearch {

    /**
     * Returns the catalog's items, in id order, whose cells meet every condition; archived items only when
     * asked. An empty list of conditions returns all items.
     */
    List<CatalogItem> find(long orgId, long catalogId, List<CellCondition> conditions, boolean includeDeleted);

    /**
     * The cell in one column equals the value, ignoring case; with {@code wildcard} set, {@code *} in the
     * value matches any text.
     *
     * @param column the column's index in the catalog's headers, 0 for the key
     */
    record CellCondition(int column, String value, boolean wildcard) {
    }
}
