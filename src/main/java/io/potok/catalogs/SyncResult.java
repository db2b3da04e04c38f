package io.potok.catalogs;

import java.util.List;

/**
 * The outcome of a sync or a diff, or the outcome a dry run predicts.
 *
 * @param applied whether the changes were stored
 * @param added items added, or brought back from the archive
 * @param updated items whose values changed, with their new values
 * @param archived items archived because they left the catalog
 * @param headers the catalog's columns after the change
 */
public record SyncResult(boolean applied, List<CatalogItem> added, List<CatalogItem> updated,
                         List<CatalogItem> archived, List<Catalog.Header> headers) {

    public SyncResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        archived = List.copyOf(archived);
        headers = List.copyOf(headers);
    }
}
