package io.potok.catalogs;

import java.util.Map;

/**
 * A search within one catalog and the page of results to return.
 *
 * @param text words to find in any cell, ignoring case; also matches the names of members in member
 *             columns; blank for every item
 * @param columnFilters per column position: a text the cell must contain (ignoring case), or for a member
 *                      column the member's email the cell must equal
 * @param archived true for archived items only, false for live items only
 * @param after return the items with ids above this one (0 for the first page)
 * @param before when above 0, return the items with ids below this one instead (the previous page)
 * @param limit the page size
 */
public record CatalogItemQuery(String text, Map<Integer, String> columnFilters, boolean archived, long after,
                               long before, int limit) {

    public CatalogItemQuery {
        text = text == null ? "" : text.strip();
        columnFilters = Map.copyOf(columnFilters);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
    }

    /** Returns the first page of live items, with no filters. */
    public static CatalogItemQuery firstPage(int limit) {
        return new CatalogItemQuery("", Map.of(), false, 0, 0, limit);
    }
}
