package io.potok.catalogs;

import java.util.List;

/**
 * Changes catalogs and their items one at a time, as an administrator does on the catalog pages. Cell values
 * are checked against the column types and stored in their normal form (see {@link Catalog.Header}).
 *
 * <p>Edits carry the version the caller read; when the catalog or the item changed since, the edit is
 * rejected with {@link CatalogChanged} or {@link CatalogItemChanged} instead of overwriting the newer values.
 * Callers check that the member may edit catalogs: the editor only checks the data.
 */
public interface CatalogEditor {

    /**
     * Creates an empty catalog.
     *
     * @param headers the columns in order; the first one is the key
     * @throws CatalogNameInvalid when the name is blank or too long
     * @throws io.potok.platform.PotokException with the code {@code catalog_column_name_blank},
     *         {@code catalog_column_duplicated} or {@code catalog_column_type_unknown} when a column has no
     *         name, a repeated name or an unknown type
     */
    Catalog createCatalog(long orgId, String name, List<Catalog.Header> headers);

    /** Renames the catalog. */
    void rename(long orgId, long catalogId, long version, String name);

    /**
     * Replaces the catalog's columns. Each column names the position it had before, or {@link Column#NEW}
     * for a new, empty column; a column left out is removed with its values. The key column must stay
     * first. When a column's type changes, every existing value is converted to the new type, and one value
     * that does not fit rejects the whole change with {@link CatalogValueInvalid}.
     *
     * @throws CatalogColumnLayoutInvalid when the key column is not first or a source is not a column
     * @throws CatalogChanged when the catalog changed since the caller read {@code version}
     */
    void changeColumns(long orgId, long catalogId, long version, List<Column> columns);

    /** Archives the catalog: it leaves the list of catalogs, and its items stay readable for tasks. */
    void archive(long orgId, long catalogId);

    /** Brings an archived catalog back. */
    void restore(long orgId, long catalogId);

    /**
     * Adds an item.
     *
     * @param values cell values in column order; the first is the key
     * @throws CatalogKeyDuplicated when a live item has this key
     * @throws CatalogKeyArchived when an archived item has this key
     * @throws io.potok.platform.PotokException with the code {@code catalog_key_missing} when the key is empty
     */
    CatalogItem addItem(long orgId, long catalogId, List<String> values);

    /** Replaces the values of an item, its key included. */
    CatalogItem editItem(long orgId, long catalogId, long itemId, long version, List<String> values);

    /** Archives an item: the row stays, so tasks that picked it keep showing its values. */
    void archiveItem(long orgId, long catalogId, long itemId, long version);

    /** Brings an archived item back into the catalog. */
    void restoreItem(long orgId, long catalogId, long itemId, long version);

    /**
     * One column of a new column layout.
     *
     * @param source the column's position before the change, or {@link #NEW} for a column added now
     * @param name the column name
     * @param type {@code text}, {@code number}, {@code money}, {@code date} or {@code member}
     */
    record Column(int source, String name, String type) {

        public static final int NEW = -1;
    }
}
