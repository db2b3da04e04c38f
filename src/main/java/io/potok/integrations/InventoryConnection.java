package io.potok.integrations;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organisation's connection to its inventory system (МойСклад), as the settings page shows it. The API
 * token is never part of it: only whether one is saved.
 *
 * @param tokenSaved whether an API token is saved
 * @param catalogId the products catalog kept in sync, or null when none is chosen
 * @param columnSources the source of each catalog column by column name, in column order,
 *                      as listed by {@link InventoryConnections#columnSources()}; filled in with defaults
 * @param intervalMinutes minutes between two scheduled syncs
 * @param enabled whether scheduled syncs run
 * @param lastSuccess the last sync that applied what it read, or null
 * @param lastFailure the last sync that failed and changed nothing, or null
 */
public record InventoryConnection(boolean tokenSaved, Long catalogId, Map<String, String> columnSources,
                                  int intervalMinutes, boolean enabled, Success lastSuccess, Failure lastFailure) {

    public InventoryConnection {
        columnSources = Collections.unmodifiableMap(new LinkedHashMap<>(columnSources));
    }

    /**
     * A sync that read the account and applied what it read.
     *
     * @param stockRows how many stock levels (one product in one store) the report carried
     */
    public record Success(Instant at, int added, int updated, int archived, int stockRows) {
    }

    /**
     * A sync that failed and changed nothing.
     *
     * @param reason the failure's snake_case reason, such as {@code bad_token}; the message
     *               {@code moysklad.failure.<reason>} explains it
     * @param detail facts from the response, such as the HTTP status and МойСклад's error text
     */
    public record Failure(Instant at, String reason, String detail) {
    }
}
