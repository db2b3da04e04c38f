package io.potok.integrations.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.potok.integrations.internal.MoyskladFailure.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoyskladClientTests {

    private static final String PRODUCTS = "/entity/product";
    private static final String STOCK = "/report/stock/bystore";

    private final FakeMoysklad server = new FakeMoysklad();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final MoyskladProperties properties = new MoyskladProperties(null, Duration.ofMillis(500), 4,
            Duration.ofSeconds(2), Duration.ofSeconds(10));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void readsProductsAcrossPages() {
        for (int i = 1; i <= 7; i++) {
            server.put(product("p" + i, "CM-00" + i, 8_000_000L + i));
        }
        server.pageSize(3);

        List<MoyskladProduct> products = client(FakeMoysklad.TOKEN).products();

        assertThat(products).extracting(MoyskladProduct::article)
                .containsExactly("CM-001", "CM-002", "CM-003", "CM-004", "CM-005", "CM-006", "CM-007");
        assertThat(server.requestsTo(PRODUCTS)).extracting(FakeMoysklad.Request::query)
                .containsExactly("limit=1000&offset=0&filter=archived=false", "limit=3&offset=3", "limit=3&offset=6");
    }

    @Test
    void sendsBearerTokenAndAsksForGzip() {
        server.put(product("p1", "CM-001", 100L));

        client(FakeMoysklad.TOKEN).products();

        FakeMoysklad.Request request = server.requestsTo(PRODUCTS).get(0);
        assertThat(request.authorization()).isEqualTo("Bearer " + FakeMoysklad.TOKEN);
        assertThat(request.acceptEncoding()).isEqualTo("gzip");
    }

    @Test
    void mapsProductFields() {
        server.put(new FakeMoysklad.Product("p1", null, "00042", "Кофемашина Про 120", "Товары/Кофемашины",
                4_599_050L, Map.of()));

        MoyskladProduct product = client(FakeMoysklad.TOKEN).products().get(0);

        assertThat(product.id()).isEqualTo("p1");
        assertThat(product.article()).isEmpty();
        assertThat(product.articleOrCode()).isEqualTo("00042");
        assertThat(product.name()).isEqualTo("Кофемашина Про 120");
        assertThat(product.folder()).isEqualTo("Товары/Кофемашины");
        assertThat(product.salePrice()).isEqualByComparingTo("45990.50");
    }

    @Test
    void readsStockPerStoreAcrossPages() {
        server.put(new FakeMoysklad.Product("p1", "CM-001", "1", "A", "", 100L,
                Map.of("Москва", new BigDecimal("3"), "Новосибирск", BigDecimal.ZERO)));
        server.put(new FakeMoysklad.Product("p2", "CM-002", "2", "B", "", 100L, Map.of("Екатеринбург", new BigDecimal("2.5"))));
        server.pageSize(1);

        Map<String, Map<String, BigDecimal>> stock = client(FakeMoysklad.TOKEN).stockByStore();

        assertThat(stock.get("p1")).containsOnlyKeys("Москва", "Новосибирск");
        assertThat(stock.get("p1").get("Москва")).isEqualByComparingTo("3");
        assertThat(stock.get("p2").get("Екатеринбург")).isEqualByComparingTo("2.5");
        assertThat(server.requestsTo(STOCK)).hasSize(2);
    }

    @Test
    void waitsAsRateLimitAnswerAsksThenRetries() {
        server.put(product("p1", "CM-001", 100L));
        server.failNext(PRODUCTS, 429, Map.of("X-Lognex-Retry-TimeInterval", "3000", "X-Lognex-Retry-After", "1500"),
                "{\"errors\":[{\"error\":\"Превышен лимит запросов\",\"code\":1049}]}");
        server.failNext(PRODUCTS, 429, Map.of("X-Lognex-Retry-TimeInterval", "2500"), "{}");

        List<MoyskladProduct> products = client(FakeMoysklad.TOKEN).products();

        assertThat(products).hasSize(1);
        assertThat(pauses).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2500));
        assertThat(server.requestsTo(PRODUCTS)).hasSize(3);
    }

    @Test
    void backsOffExponentiallyOnServerErrors() {
        server.put(product("p1", "CM-001", 100L));
        server.failNext(PRODUCTS, 500, Map.of(), "oops");
        server.failNext(PRODUCTS, 503, Map.of(), "");
        server.failNext(PRODUCTS, 502, Map.of(), "");

        List<MoyskladProduct> products = client(FakeMoysklad.TOKEN).products();

        assertThat(products).hasSize(1);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void givesUpAfterMaxAttempts() {
        for (int i = 0; i < 4; i++) {
            server.failNext(PRODUCTS, 500, Map.of(), "");
        }

        assertThatThrownBy(() -> client(FakeMoysklad.TOKEN).products())
                .isInstanceOfSatisfying(MoyskladFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Reason.SERVER_ERROR));
        assertThat(server.requestsTo(PRODUCTS)).hasSize(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void retriesTimedOutRequest() {
        server.put(product("p1", "CM-001", 100L));
        server.delayNext(PRODUCTS, Duration.ofSeconds(2));

        List<MoyskladProduct> products = client(FakeMoysklad.TOKEN).products();

        assertThat(products).hasSize(1);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void reportsTimeoutWhenEveryTryTimesOut() {
        for (int i = 0; i < 4; i++) {
            server.delayNext(STOCK, Duration.ofSeconds(2));
        }

        assertThatThrownBy(() -> client(FakeMoysklad.TOKEN).stockByStore())
                .isInstanceOfSatisfying(MoyskladFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Reason.TIMED_OUT));
    }

    @Test
    void failsAtOnceOnBadToken() {
        server.put(product("p1", "CM-001", 100L));

        assertThatThrownBy(() -> client("wrong-token").products())
                .isInstanceOfSatisfying(MoyskladFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(Reason.BAD_TOKEN);
                    assertThat(failure.detail()).contains("401").contains("1056");
                    assertThat(failure.detail()).doesNotContain("wrong-token");
                });
        assertThat(server.requestsTo(PRODUCTS)).hasSize(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void failsAtOnceOnMalformedBody() {
        server.failNext(PRODUCTS, 200, Map.of(), "{\"meta\": {\"size\": 1}, \"rows\": [{\"id\": ");

        assertThatThrownBy(() -> client(FakeMoysklad.TOKEN).products())
                .isInstanceOfSatisfying(MoyskladFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
        assertThat(server.requestsTo(PRODUCTS)).hasSize(1);
    }

    @Test
    void rejectsListWithoutRows() {
        server.failNext(STOCK, 200, Map.of(), "{\"meta\": {\"size\": 0}}");

        assertThatThrownBy(() -> client(FakeMoysklad.TOKEN).stockByStore())
                .isInstanceOfSatisfying(MoyskladFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
    }

    @Test
    void rejectsStockThatIsNotNumber() {
        server.failNext(STOCK, 200, Map.of(), """
                {"meta": {"size": 1}, "rows": [{"meta": {"href": "http://x/entity/product/p1"},
                 "stockByStore": [{"name": "Москва", "stock": "many"}]}]}
                """);

        assertThatThrownBy(() -> client(FakeMoysklad.TOKEN).stockByStore())
                .isInstanceOfSatisfying(MoyskladFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
    }

    @Test
    void followsNextPageOnConfiguredHostOnly() {
        server.failNext(PRODUCTS, 200, Map.of(), """
                {"meta": {"size": 2, "nextHref": "https://elsewhere.invalid/api/remap/1.2/entity/product?limit=1&offset=1"},
                 "rows": []}
                """);

        client(FakeMoysklad.TOKEN).products();

        assertThat(server.requestsTo(PRODUCTS)).extracting(FakeMoysklad.Request::query)
                .containsExactly("limit=1000&offset=0&filter=archived=false", "limit=1&offset=1");
    }

    @Test
    void rejectsNextHrefThatIsNotUri() {
        server.failNext(PRODUCTS, 200, Map.of(), """
                {"meta": {"size": 2, "nextHref": "http://[broken/entity/product?offset=1"}, "rows": []}
                """);

        assertThatThrownBy(() -> client(FakeMoysklad.TOKEN).products())
                .isInstanceOfSatisfying(MoyskladFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
    }

    private MoyskladClient client(String token) {
        return new MoyskladClients(properties, pauses::add, JsonMapper.builder().build()).open(server.baseUrl(), token);
    }

    static FakeMoysklad.Product product(String id, String article, Long priceKopecks) {
        return new FakeMoysklad.Product(id, article, "code-" + id, "Товар " + article, "Кофемашины", priceKopecks,
                Map.of());
    }
}
