package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures {@link StockLevels#replaceOnHand} with a full report of 100,000 items in 4 warehouses, first into
 * empty stock and then with every tenth quantity changed and one warehouse left out. Run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=StockReportBenchmarkTests}; it prints the times.
 */
@Tag("benchmark")
@PotokTest
class StockReportBenchmarkTests {

    private static final int ITEMS = 100_000;
    private static final List<String> WAREHOUSES = List.of("Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск");

    @Autowired
    StockLevels stock;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replacesLargeReport() {
        long org = new TestOrganizations(jdbc).organization();
        long catalogId = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")), List.of()).id();
        jdbc.sql("""
                        insert into catalog_items (org_id, catalog_id, item_key, item_values)
                        select :org, :catalog, 'P-' || n, jsonb_build_array('P-' || n) from generate_series(1, :count) n
                        """)
                .param("org", org).param("catalog", catalogId).param("count", ITEMS).update();

        long first = timed(() -> stock.replaceOnHand(org, catalogId, report(0, WAREHOUSES)));
        long second = timed(() -> stock.replaceOnHand(org, catalogId, report(1, WAREHOUSES.subList(0, 3))));

        System.out.printf("replaceOnHand, %d items x %d warehouses: first %d ms, changed %d ms%n",
                ITEMS, WAREHOUSES.size(), first, second);
        long zeroed = jdbc.sql("select count(*) from stock_levels where catalog_id = :catalog and on_hand = 0")
                .param("catalog", catalogId).query(Long.class).single();
        assertThat(zeroed).isEqualTo(ITEMS);
    }

    private static Map<String, Map<String, BigDecimal>> report(int round, List<String> warehouses) {
        Map<String, Map<String, BigDecimal>> report = new HashMap<>();
        for (int n = 1; n <= ITEMS; n++) {
            Map<String, BigDecimal> levels = new HashMap<>();
            int quantity = 1 + n % 50 + (n % 10 == 0 ? round : 0);
            warehouses.forEach(warehouse -> levels.put(warehouse, BigDecimal.valueOf(quantity)));
            report.put("P-" + n, levels);
        }
        return report;
    }

    private static long timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
