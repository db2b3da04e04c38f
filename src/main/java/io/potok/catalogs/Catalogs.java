package io.potok.catalogs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and stores catalogs of an organisation.
 */
public interface Catalogs {

    Optional<Catalog> find(long orgId, long catalogId);

    List<Catalog> list(long orgId);

    /** Returns the catalog's items in id order, deleted ones only when asked. */
    List<CatalogItem> items(long orgId, long catalogId, boolean includeDeleted);

    /**
     * Returns one page of the catalog's live items in id order, starting after the item id given (0 for the
     * first page).
     */
    List<CatalogItem> itemsAfter(long orgId, long catalogId, long afterItemId, int limit);

    Optional<CatalogItem> item(long orgId, long itemId);

    /** Returns the items with the given ids in the organisation, keyed by id; deleted ones included. */
    Map<Long, CatalogItem> items(long orgId, Collection<Long> itemIds);

    /** Finds a live item of the catalog by the value of its first (key) column. */
    Optional<CatalogItem> itemByKey(long orgId, long catalogId, String key);

    /**
     * Returns up to {@code limit} live items of the catalog whose key starts with the prefix, ignoring case,
     * in key order; an empty prefix matches every item.
     */
    List<CatalogItem> itemsByKeyPrefix(long orgId, long catalogId, String prefix, int limit);

    /**
     * Returns up to {@code limit} live items of the catalog whose key starts with the prefix, ignoring case,
     * and that meet every condition, in key order. The conditions are evaluated in the database, so the
     * result stays a single indexed query on large catalogs.
     */
    List<CatalogItem> itemsByKeyPrefix(long orgId, long catalogId, String prefix, List<CellCondition> conditions,
                                       int limit);

    /** Creates a catalog with its items and returns it. */
    Catalog create(long orgId, String name, List<Catalog.Header> headers, List<List<String>> items);
}
