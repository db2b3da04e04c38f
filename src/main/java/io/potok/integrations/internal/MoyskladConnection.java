package io.potok.integrations.internal;

import java.net.URI;
import java.time.Instant;

import io.potok.integrations.InventoryConnection.Failure;
import io.potok.integrations.InventoryConnection.Success;

/**
 * An organisation's link to its МойСклад account and the outcome of its last syncs.
 *
 * @param tokenEncrypted the API token as the platform's secret store encrypted it, or null when none is set
 * @param catalogId the products catalog kept in sync, or null when none is chosen
 * @param baseUrl the JSON API root for this organisation, or null for the configured one
 * @param lastSuccess the last sync that changed the catalog, or null
 * @param lastFailure the last sync that failed, or null
 */
record MoyskladConnection(long orgId, String tokenEncrypted, Long catalogId, ColumnMapping mapping,
                          int intervalMinutes, boolean enabled, URI baseUrl, Instant lastAttemptAt,
                          Success lastSuccess, Failure lastFailure) {

    static final int DEFAULT_INTERVAL_MINUTES = 5;

    static MoyskladConnection empty(long orgId) {
        return new MoyskladConnection(orgId, null, null, new ColumnMapping(java.util.Map.of()),
                DEFAULT_INTERVAL_MINUTES, false, null, null, null, null);
    }

    boolean hasToken() {
        return tokenEncrypted != null;
    }
}
