package io.potok.catalogs;

import java.util.Optional;

/**
 * Reads catalogs for the pages that browse and edit them: item search with keyset paging, and the versions
 * an edit must send back to {@link CatalogEditor}.
 */
public interface CatalogQueries {

    /**
     * Returns one page of the catalog's items that match the query, in item id order.
     *
     * @throws CatalogNotFound when the organisation has no such catalog
     */
    CatalogItemPage search(long orgId, long catalogId, CatalogItemQuery query);

    /** Returns an item of the catalog with its version; archived items included. */
    Optional<CatalogItemPage.Row> item(long orgId, long catalogId, long itemId);

    /** Returns the catalog's current version, which {@link CatalogEditor#rename} and column changes expect. */
    long catalogVersion(long orgId, long catalogId);
}
