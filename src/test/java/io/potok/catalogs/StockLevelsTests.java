package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class StockLevelsTests {

    private static final String MOSCOW = "Москва";
    private static final String SPB = "Санкт-Петербург";

    @Autowired
    StockLevels stock;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    private long org;
    private Catalog products;

    private void products(String... keys) {
        org = new TestOrganizations(jdbc).organization();
        List<List<String>> items = new ArrayList<>();
        for (String key : keys) {
            items.add(List.of(key, "100.00"));
        }
        products = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text"),
                new Catalog.Header("Цена", "money")), items);
    }

    private long id(String key) {
        return catalogs.itemByKey(org, products.id(), key).orElseThrow().id();
    }

    private StockLevel level(String key, String warehouse) {
        return stock.levels(org, List.of(id(key))).getOrDefault(id(key), List.of()).stream()
                .filter(level -> level.warehouse().equals(warehouse))
                .findFirst().orElse(null);
    }

    private static long newTaskId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    @Test
    void setOnHandCreatesAndUpdatesLevel() {
        products("CM-1");

        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("3"));
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("7.5"));

        assertThat(level("CM-1", MOSCOW).onHand()).isEqualByComparingTo("7.5");
        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(stock.warehouses(org, products.id())).containsExactly(MOSCOW);
    }

    @Test
    void reserveTakesStockAndReleaseGivesItBack() {
        products("CM-1", "CP-2");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        stock.setOnHand(org, id("CP-2"), MOSCOW, qty("10"));
        long task = newTaskId();

        stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("2")),
                new StockLine(id("CP-2"), qty("4")), new StockLine(id("CM-1"), qty("1"))));

        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("3");
        assertThat(level("CM-1", MOSCOW).available()).isEqualByComparingTo("2");
        assertThat(level("CP-2", MOSCOW).reserved()).isEqualByComparingTo("4");
        assertThat(stock.reservedBy(org, task)).containsOnlyKeys(id("CM-1"), id("CP-2"));

        stock.release(org, task);

        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(level("CP-2", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(level("CM-1", MOSCOW).onHand()).isEqualByComparingTo("5");
        assertThat(stock.reservedBy(org, task)).isEmpty();
    }

    @Test
    void shipWritesReservationOffOnHand() {
        products("CM-1");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        long task = newTaskId();
        stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("2"))));

        stock.ship(org, task);

        assertThat(level("CM-1", MOSCOW).onHand()).isEqualByComparingTo("3");
        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(stock.reservedBy(org, task)).isEmpty();
        stock.release(org, task);
        assertThat(level("CM-1", MOSCOW).onHand()).isEqualByComparingTo("3");
    }

    @Test
    void shortageReservesNoLine() {
        products("CM-1", "CP-2");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        stock.setOnHand(org, id("CP-2"), MOSCOW, qty("3"));
        long task = newTaskId();

        assertThatThrownBy(() -> stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("1")),
                new StockLine(id("CP-2"), qty("4")))))
                .isInstanceOfSatisfying(StockShortage.class, shortage -> {
                    assertThat(shortage.itemId()).isEqualTo(id("CP-2"));
                    assertThat(shortage.arguments()).containsExactly("CP-2", MOSCOW, "4", "3");
                });

        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(level("CP-2", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(stock.reservedBy(org, task)).isEmpty();
    }

    @Test
    void itemWithoutLevelInWarehouseIsShort() {
        products("CM-1");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));

        assertThatThrownBy(() -> stock.reserve(org, newTaskId(), SPB, List.of(new StockLine(id("CM-1"), qty("1")))))
                .isInstanceOfSatisfying(StockShortage.class,
                        shortage -> assertThat(shortage.arguments()).containsExactly("CM-1", SPB, "1", "0"));
    }

    @Test
    void reserveAgainReplacesWhatTaskHeld() {
        products("CM-1", "CP-2");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        stock.setOnHand(org, id("CM-1"), SPB, qty("5"));
        stock.setOnHand(org, id("CP-2"), MOSCOW, qty("5"));
        long task = newTaskId();
        stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("4")),
                new StockLine(id("CP-2"), qty("2"))));

        stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("5"))));

        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("5");
        assertThat(level("CP-2", MOSCOW).reserved()).isEqualByComparingTo("0");

        stock.reserve(org, task, SPB, List.of(new StockLine(id("CM-1"), qty("1"))));

        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("0");
        assertThat(level("CM-1", SPB).reserved()).isEqualByComparingTo("1");
    }

    @Test
    void failedReReserveKeepsPreviousReservation() {
        products("CM-1");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        long task = newTaskId();
        stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("4"))));

        assertThatThrownBy(() -> stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("6")))))
                .isInstanceOfSatisfying(StockShortage.class,
                        shortage -> assertThat(shortage.arguments()).containsExactly("CM-1", MOSCOW, "6", "5"));

        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("4");
        assertThat(stock.reservedBy(org, task).get(id("CM-1"))).isEqualByComparingTo("4");
    }

    @Test
    void replaceOnHandZeroesUnreportedAndKeepsReserved() {
        products("CM-1", "CP-2", "CP-3");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        stock.setOnHand(org, id("CM-1"), SPB, qty("5"));
        stock.setOnHand(org, id("CP-3"), MOSCOW, qty("9"));
        long task = newTaskId();
        stock.reserve(org, task, MOSCOW, List.of(new StockLine(id("CM-1"), qty("2"))));

        Map<String, Map<String, BigDecimal>> report = new LinkedHashMap<>();
        report.put("CM-1", Map.of(MOSCOW, qty("8")));
        report.put("CP-2", Map.of(SPB, qty("1.5")));
        report.put("NO-SUCH-KEY", Map.of(MOSCOW, qty("100")));
        stock.replaceOnHand(org, products.id(), report);

        assertThat(level("CM-1", MOSCOW).onHand()).isEqualByComparingTo("8");
        assertThat(level("CM-1", MOSCOW).reserved()).isEqualByComparingTo("2");
        assertThat(level("CM-1", SPB).onHand()).isEqualByComparingTo("0");
        assertThat(level("CP-2", SPB).onHand()).isEqualByComparingTo("1.5");
        assertThat(level("CP-3", MOSCOW).onHand()).isEqualByComparingTo("0");
    }

    @Test
    void replaceOnHandLeavesOtherCatalogsAlone() {
        products("CM-1");
        long firstOrg = org;
        long firstItem = id("CM-1");
        stock.setOnHand(firstOrg, firstItem, MOSCOW, qty("5"));
        products("CM-1");

        stock.replaceOnHand(org, products.id(), Map.of("CM-1", Map.of(MOSCOW, qty("1"))));

        assertThat(stock.levels(firstOrg, List.of(firstItem)).get(firstItem).get(0).onHand())
                .isEqualByComparingTo("5");
        assertThat(level("CM-1", MOSCOW).onHand()).isEqualByComparingTo("1");
    }

    @Test
    void levelsAreInvisibleToOtherOrganizations() {
        products("CM-1");
        stock.setOnHand(org, id("CM-1"), MOSCOW, qty("5"));
        long otherOrg = new TestOrganizations(jdbc).organization();

        assertThat(stock.levels(otherOrg, List.of(id("CM-1")))).isEmpty();
        assertThat(stock.warehouses(otherOrg, products.id())).isEmpty();
        assertThatThrownBy(() -> stock.setOnHand(otherOrg, id("CM-1"), MOSCOW, qty("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
