package io.potok.integrations;

import java.util.List;
import java.util.Map;

/**
 * Reads and saves organisations' inventory connections. Callers check that the member administers the
 * organisation before calling {@link #save}.
 */
public interface InventoryConnections {

    InventoryConnection find(long orgId);

    /**
     * Saves the settings; the token is encrypted before it is stored.
     *
     * @throws InventorySettingsInvalid when the interval is out of range, the key column has no key source, or
     *                                  syncing is enabled without a token or a catalog
     * @throws io.potok.catalogs.CatalogNotFound when the catalog is not in the organisation or is archived
     */
    void save(long orgId, InventorySettings settings);

    /** Returns the ids of the product fields a column can take its value from, in the order a page lists them. */
    List<String> columnSources();

    /** Returns the default source of each column of the catalog, by column name. */
    Map<String, String> defaultColumnSources(long orgId, long catalogId);
}
