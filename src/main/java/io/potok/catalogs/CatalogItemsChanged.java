package io.potok.catalogs;

/**
 * Published after a sync or a diff stored changes to a catalog's items or columns; dry runs publish nothing.
 *
 * @param added items added or brought back from the archive
 * @param updated items whose values changed
 * @param archived items archived
 */
public record CatalogItemsChanged(long orgId, long catalogId, int added, int updated, int archived) {
}
