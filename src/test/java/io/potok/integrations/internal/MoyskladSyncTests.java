package io.potok.integrations.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalog.Header;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogSync;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;
import io.potok.integrations.InventoryConnection;
import io.potok.platform.Secrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Syncs a fresh products catalog, shaped like the demo's Товары, with the fake МойСклад server.
 */
@PotokTest
class MoyskladSyncTests {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    @Autowired
    MoyskladConnections connections;

    @Autowired
    Catalogs catalogs;

    @Autowired
    CatalogSync catalogSync;

    @Autowired
    StockLevels stockLevels;

    @Autowired
    Secrets secrets;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private final FakeMoysklad server = new FakeMoysklad();
    private MoyskladSynchronizer synchronizer;
    private long orgId;
    private Catalog catalog;

    @BeforeEach
    void connectFreshCatalog() {
        orgId = new TestOrganizations(jdbc).organization();
        List<Header> headers = List.of(new Header("Артикул", "text"), new Header("Наименование", "text"),
                new Header("Категория", "text"), new Header("Цена", "money"), new Header("Остаток", "number"));
        catalog = catalogs.create(orgId, "Товары " + UUID.randomUUID(), headers, List.of());
        connections.saveSettings(orgId, secrets.encrypt(FakeMoysklad.TOKEN), catalog.id(), new ColumnMapping(Map.of()),
                5, false);
        connections.setBaseUrl(orgId, server.baseUrl());

        MoyskladProperties properties = new MoyskladProperties(null, Duration.ofMillis(500), 3, Duration.ofMillis(1),
                Duration.ofMillis(5));
        MoyskladClients clients = new MoyskladClients(properties, duration -> { }, json);
        synchronizer = new MoyskladSynchronizer(connections, clients, catalogs, catalogSync, stockLevels, secrets,
                transaction, Clock.fixed(NOW, java.time.ZoneOffset.UTC));

        server.pageSize(2);
        server.put(product("p1", "CM-001", "Кофемашина Мини 100", 1_599_000L, Map.of("Москва", "4", "Новосибирск", "0")));
        server.put(product("p2", "CM-002", "Кофемашина Про 120", 4_599_050L, Map.of("Москва", "1")));
        server.put(product("p3", "CP-001", "Капсулы «Эспрессо», 10 шт.", 35_000L, Map.of("Екатеринбург", "120")));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void addsProductsWithStockPerWarehouse() {
        InventoryConnection.Success success = synchronizer.run(orgId).lastSuccess();

        assertThat(success).isNotNull();
        assertThat(success.added()).isEqualTo(3);
        assertThat(success.stockRows()).isEqualTo(4);
        assertThat(values("CM-002")).containsExactly("CM-002", "Кофемашина Про 120", "Кофемашины", "45990.50", "1");

        Map<String, BigDecimal> stock = stockOf("CM-001");
        assertThat(stock.get("Москва")).isEqualByComparingTo("4");
        assertThat(stock.get("Новосибирск")).isEqualByComparingTo("0");
        assertThat(stockOf("CP-001").get("Екатеринбург")).isEqualByComparingTo("120");
    }

    @Test
    void updatesChangedPrice() {
        synchronizer.run(orgId);
        server.put(product("p2", "CM-002", "Кофемашина Про 120", 4_800_000L, Map.of("Москва", "1")));

        InventoryConnection.Success success = synchronizer.run(orgId).lastSuccess();

        assertThat(success.updated()).isEqualTo(1);
        assertThat(success.added()).isZero();
        assertThat(values("CM-002").get(3)).isEqualTo("48000.00");
    }

    @Test
    void archivesVanishedProduct() {
        synchronizer.run(orgId);
        server.remove("p3");

        InventoryConnection.Success success = synchronizer.run(orgId).lastSuccess();

        assertThat(success.archived()).isEqualTo(1);
        assertThat(catalogs.itemByKey(orgId, catalog.id(), "CP-001")).isEmpty();
        assertThat(catalogs.items(orgId, catalog.id(), true)).filteredOn(item -> item.key().equals("CP-001"))
                .singleElement().extracting(CatalogItem::deleted).isEqualTo(true);
    }

    @Test
    void replacesStockOfMovedGoods() {
        synchronizer.run(orgId);
        server.put(product("p1", "CM-001", "Кофемашина Мини 100", 1_599_000L, Map.of("Санкт-Петербург", "2")));

        synchronizer.run(orgId);

        Map<String, BigDecimal> stock = stockOf("CM-001");
        assertThat(stock.get("Санкт-Петербург")).isEqualByComparingTo("2");
        assertThat(stock.get("Москва")).isEqualByComparingTo("0");
    }

    @Test
    void failedReadChangesNothing() {
        synchronizer.run(orgId);
        server.put(product("p2", "CM-002", "Кофемашина Про 120", 4_800_000L, Map.of("Москва", "9")));
        server.put(product("p4", "CM-004", "Кофемашина Дуо 140", 2_000_000L, Map.of("Москва", "5")));
        server.failNext("/report/stock/bystore", 200, Map.of(), "{\"meta\": {\"size\": 3}, \"rows\": [");

        MoyskladConnection connection = synchronizer.run(orgId);

        assertThat(connection.lastFailure().reason()).isEqualTo("malformed_response");
        assertThat(connection.lastSuccess().added()).isEqualTo(3);
        assertThat(values("CM-002").get(3)).isEqualTo("45990.50");
        assertThat(catalogs.itemByKey(orgId, catalog.id(), "CM-004")).isEmpty();
        assertThat(stockOf("CM-002").get("Москва")).isEqualByComparingTo("1");
    }

    @Test
    void refusesToArchiveWholeCatalog() {
        synchronizer.run(orgId);
        server.clearProducts();

        MoyskladConnection connection = synchronizer.run(orgId);

        assertThat(connection.lastFailure().reason()).isEqualTo("no_products");
        assertThat(catalogs.items(orgId, catalog.id(), false)).hasSize(3);
    }

    @Test
    void recordsBadTokenWithoutRetry() {
        connections.saveSettings(orgId, secrets.encrypt("revoked-token"), catalog.id(), new ColumnMapping(Map.of()), 5,
                false);

        MoyskladConnection connection = synchronizer.run(orgId);

        assertThat(connection.lastFailure().reason()).isEqualTo("bad_token");
        assertThat(connection.lastFailure().at()).isEqualTo(NOW);
        assertThat(connection.lastFailure().detail()).doesNotContain("revoked-token");
        assertThat(connection.lastSuccess()).isNull();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void recordsFailureBeforeSettingsSaved() {
        long unconfigured = new TestOrganizations(jdbc).organization();

        MoyskladConnection connection = synchronizer.run(unconfigured);

        assertThat(connection.lastFailure()).isNotNull();
        assertThat(connection.lastFailure().reason()).isEqualTo("token_missing");
        assertThat(connection.lastFailure().at()).isEqualTo(NOW);
        assertThat(connection.lastSuccess()).isNull();
    }

    @Test
    void syncsAfterRateLimitAnswer() {
        server.failNext("/entity/product", 429, Map.of("X-Lognex-Retry-After", "3"), "{}");

        MoyskladConnection connection = synchronizer.run(orgId);

        assertThat(connection.lastFailure()).isNull();
        assertThat(connection.lastSuccess().added()).isEqualTo(3);
    }

    @Test
    void recordsTimeoutAfterRetries() {
        for (int i = 0; i < 3; i++) {
            server.delayNext("/entity/product", Duration.ofSeconds(2));
        }

        MoyskladConnection connection = synchronizer.run(orgId);

        assertThat(connection.lastFailure().reason()).isEqualTo("timed_out");
        assertThat(catalogs.items(orgId, catalog.id(), true)).isEmpty();
    }

    @Test
    void keepsColumnsMappedToKeep() {
        connections.saveSettings(orgId, secrets.encrypt(FakeMoysklad.TOKEN), catalog.id(),
                new ColumnMapping(Map.of("Категория", ColumnSource.KEEP)), 5, false);
        synchronizer.run(orgId);
        catalogSync.diff(orgId, catalog.id(), List.of(List.of("CM-001", "Кофемашина Мини 100", "Акция", "15990.00", "4")),
                List.of(), true);

        synchronizer.run(orgId);

        assertThat(values("CM-001").get(2)).isEqualTo("Акция");
        assertThat(values("CM-002").get(2)).isEmpty();
    }

    @Test
    void dueOnlyAfterInterval() {
        jdbc.sql("update moysklad_connections set enabled = true, interval_minutes = 5, last_attempt_at = :at where org_id = :org")
                .param("at", java.sql.Timestamp.from(NOW)).param("org", orgId).update();

        assertThat(connections.dueOrgIds(NOW.plus(Duration.ofMinutes(4)))).doesNotContain(orgId);
        assertThat(connections.dueOrgIds(NOW.plus(Duration.ofMinutes(5)))).contains(orgId);
    }

    private List<String> values(String key) {
        return catalogs.itemByKey(orgId, catalog.id(), key).orElseThrow().values();
    }

    private Map<String, BigDecimal> stockOf(String key) {
        long itemId = catalogs.itemByKey(orgId, catalog.id(), key).orElseThrow().id();
        Map<String, BigDecimal> stock = new java.util.HashMap<>();
        for (StockLevel level : stockLevels.levels(orgId, List.of(itemId)).getOrDefault(itemId, List.of())) {
            stock.put(level.warehouse(), level.onHand());
        }
        return stock;
    }

    private static FakeMoysklad.Product product(String id, String article, String name, long priceKopecks,
                                                Map<String, String> stock) {
        Map<String, BigDecimal> quantities = new java.util.LinkedHashMap<>();
        stock.forEach((store, quantity) -> quantities.put(store, new BigDecimal(quantity)));
        return new FakeMoysklad.Product(id, article, "code-" + id, name, name.startsWith("Капсулы") ? "Капсулы" : "Кофемашины",
                priceKopecks, quantities);
    }
}
