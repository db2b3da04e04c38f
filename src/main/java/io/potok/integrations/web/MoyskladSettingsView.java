package io.potok.integrations.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.integrations.InventoryConnection;

/**
 * What the МойСклад settings page shows.
 *
 * @param catalogs the organisation's catalogs that are not archived, to choose from
 * @param sources the ids of the column sources, in the order the mapping lists offer them
 * @param error the translated reason the last save was rejected, or null
 */
public record MoyskladSettingsView(InventoryConnection connection, List<Catalog> catalogs, List<String> sources,
                                   String error) {
}
