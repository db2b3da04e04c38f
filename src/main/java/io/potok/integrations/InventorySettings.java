package io.potok.integrations;

import java.util.Map;

/**
 * Settings an administrator saves for the inventory connection.
 *
 * @param token a new API token, or null or blank to keep the saved one
 * @param catalogId the products catalog to keep in sync, or null for none
 * @param columnSources the source of each catalog column by column name; columns not named take their default
 * @param intervalMinutes minutes between two scheduled syncs, 1 to 1440
 * @param enabled whether scheduled syncs run; needs a token and a catalog
 */
public record InventorySettings(String token, Long catalogId, Map<String, String> columnSources,
                                int intervalMinutes, boolean enabled) {

    public InventorySettings {
        columnSources = Map.copyOf(columnSources);
    }
}
