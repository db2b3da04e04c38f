package io.potok.integrations.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.integrations.InventoryConnection;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogSync;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevels;
import io.potok.catalogs.SyncResult;
import io.potok.integrations.internal.MoyskladFailure.Reason;
import io.potok.platform.PotokException;
import io.potok.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one sync of an organisation's products catalog with its МойСклад account. Everything is read first;
 * the catalog and its stock on hand then change in one transaction, so a failed or partial read changes
 * nothing. The outcome is recorded on the connection either way.
 */
@Component
class MoyskladSynchronizer {

    private static final Logger log = LoggerFactory.getLogger(MoyskladSynchronizer.class);

    private final MoyskladConnections connections;
    private final MoyskladClients clients;
    private final Catalogs catalogs;
    private final CatalogSync catalogSync;
    private final StockLevels stockLevels;
    private final Secrets secrets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MoyskladSynchronizer(MoyskladConnections connections, MoyskladClients clients, Catalogs catalogs,
                         CatalogSync catalogSync, StockLevels stockLevels, Secrets secrets,
                         TransactionTemplate transaction, Clock clock) {
        this.connections = connections;
        this.clients = clients;
        this.catalogs = catalogs;
        this.catalogSync = catalogSync;
        this.stockLevels = stockLevels;
        this.secrets = secrets;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Syncs the organisation's catalog now and returns the connection with the recorded outcome. */
    MoyskladConnection run(long orgId) {
        MoyskladConnection connection = connections.find(orgId);
        connections.recordAttempt(orgId, clock.instant());
        log.info("МойСклад sync of organisation {} started", orgId);
        try {
            InventoryConnection.Success success = sync(connection);
            connections.recordSuccess(orgId, success);
            log.info("МойСклад sync of organisation {} finished: {} added, {} updated, {} archived, {} stock rows",
                    orgId, success.added(), success.updated(), success.archived(), success.stockRows());
        } catch (MoyskladFailure failure) {
            recordFailure(orgId, failure.reason(), failure.detail());
        } catch (PotokException rejected) {
            recordFailure(orgId, Reason.VALUE_INVALID, rejected.code() + " " + Arrays.toString(rejected.arguments()));
        } catch (RuntimeException unexpected) {
            log.error("МойСклад sync of organisation {} failed unexpectedly", orgId, unexpected);
            recordFailure(orgId, Reason.INTERNAL_ERROR, unexpected.getClass().getSimpleName());
        }
        return connections.find(orgId);
    }

    private InventoryConnection.Success sync(MoyskladConnection connection) {
        long orgId = connection.orgId();
        Catalog catalog = connectedCatalog(connection);
        MoyskladClient client = clients.open(connection.baseUrl(), token(connection));

        List<MoyskladProduct> products = client.products();
        Map<String, Map<String, BigDecimal>> stock = client.stockByStore();
        List<CatalogItem> current = catalogs.items(orgId, catalog.id(), true);
        rejectEmptyAccount(products, current);

        ProductRows rows = ProductRows.build(catalog, connection.mapping(), products, stock, current);
        if (rows.skipped() > 0) {
            log.warn("МойСклад sync of organisation {} left out {} products with an empty key column", orgId,
                    rows.skipped());
        }
        SyncResult result = transaction.execute(status -> apply(orgId, catalog.id(), rows));
        return new InventoryConnection.Success(clock.instant(), result.added().size(), result.updated().size(),
                result.archived().size(), rows.stockLevelCount());
    }

    private SyncResult apply(long orgId, long catalogId, ProductRows rows) {
        SyncResult result = catalogSync.sync(orgId, catalogId, null, rows.rows(), true, true);
        stockLevels.replaceOnHand(orgId, catalogId, rows.stockByKey());
        return result;
    }

    private Catalog connectedCatalog(MoyskladConnection connection) {
        if (!connection.hasToken()) {
            throw new MoyskladFailure(Reason.TOKEN_MISSING, "no API token saved");
        }
        if (connection.catalogId() == null) {
            throw new MoyskladFailure(Reason.CATALOG_MISSING, "no catalog chosen");
        }
        return catalogs.find(connection.orgId(), connection.catalogId())
                .filter(catalog -> !catalog.archived())
                .orElseThrow(() -> new MoyskladFailure(Reason.CATALOG_MISSING, "catalog " + connection.catalogId()));
    }

    private String token(MoyskladConnection connection) {
        try {
            return secrets.decrypt(connection.tokenEncrypted());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new MoyskladFailure(Reason.TOKEN_UNREADABLE, "the secret key changed since the token was saved", e);
        }
    }

    /**
     * Rejects a response with no products while the catalog still has live items, because an empty account
     * is far more likely a wrong token or a МойСклад fault than a real clear-out.
     */
    private static void rejectEmptyAccount(List<MoyskladProduct> products, List<CatalogItem> current) {
        long live = current.stream().filter(item -> !item.deleted()).count();
        if (products.isEmpty() && live > 0) {
            throw new MoyskladFailure(Reason.NO_PRODUCTS, "0 products, " + live + " live items in the catalog");
        }
    }

    private void recordFailure(long orgId, Reason reason, String detail) {
        Instant at = clock.instant();
        log.error("МойСклад sync of organisation {} failed, nothing changed: {} {}", orgId, reason, detail);
        connections.recordFailure(orgId, new InventoryConnection.Failure(at, reason.name().toLowerCase(Locale.ROOT),
                detail));
    }
}
