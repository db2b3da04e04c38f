package io.potok.catalogs;

import java.util.List;

/**
 * Brings a catalog's items in line with rows from outside (the API, a file import, an inventory system),
 * matching rows to items by their key, the first column. Values are checked against the column types before
 * anything changes; one bad value rejects the whole call with {@link CatalogValueInvalid}.
 *
 * <p>An item that leaves the catalog is archived, never removed: tasks that picked it keep showing the values
 * it had, and a row with its key brings it back.
 */
public interface CatalogSync {

    /**
     * Creates a catalog with its items, checking the columns and values as a sync does. Columns sent without a
     * type are text.
     *
     * @throws CatalogKeyDuplicated when two rows carry the same key
     */
    Catalog create(long orgId, String name, List<Catalog.Header> headers, List<List<String>> rows);

    /**
     * Full sync: rows with a new key are added, rows whose values differ update their item, and live items
     * whose key is not among the rows are archived when {@code archiveMissing} is set.
     *
     * @param headers the new columns, or null to keep the catalog's; the first column stays the key
     * @param apply false for a dry run that reports the same result and changes nothing
     * @throws CatalogKeyDuplicated when two rows carry the same key
     */
    SyncResult sync(long orgId, long catalogId, List<Catalog.Header> headers, List<List<String>> rows,
                    boolean archiveMissing, boolean apply);

    /**
     * Upserts the rows and archives the items with the given keys; items not mentioned stay as they are.
     *
     * @param apply false for a dry run
     */
    SyncResult diff(long orgId, long catalogId, List<List<String>> upsert, List<String> deleteKeys, boolean apply);
}
