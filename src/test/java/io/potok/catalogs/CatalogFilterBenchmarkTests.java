package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog.Header;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the catalog picker's filtered key-prefix search on a catalog of 100,000 items, where the filter keeps
 * 1 item in 1,000 or none. Run with {@code ./mvnw -B verify -Pbenchmark}; it logs the median of 20 runs per
 * query. The default build skips it because of the {@code benchmark} tag.
 */
@Tag("benchmark")
@PotokTest
class CatalogFilterBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(CatalogFilterBenchmarkTests.class);
    private static final int ITEMS = 100_000;
    private static final int RUNS = 20;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filteredSearchOnHundredThousandItems() {
        long org = new TestOrganizations(jdbc).organization();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            rows.add(List.of(String.format("P-%06d", i), "Группа " + (i % 1000), String.valueOf(i)));
        }
        Catalog catalog = catalogs.create(org, "Большой " + System.nanoTime(),
                List.of(new Header("Артикул", "text"), new Header("Группа", "text"), new Header("Номер", "number")), rows);
        jdbc.sql("analyze catalog_items").update();

        List<CellCondition> rare = List.of(new CellCondition(1, "группа 999"));
        List<CellCondition> none = List.of(new CellCondition(1, "нет такой"));
        double rareMs = medianMillis(() -> catalogs.itemsByKeyPrefix(org, catalog.id(), "", rare, 20));
        double noneMs = medianMillis(() -> catalogs.itemsByKeyPrefix(org, catalog.id(), "P-0", none, 20));
        log.info("Filtered catalog search on {} items: 1 in 1000 kept {} ms, none kept {} ms (median of {})",
                ITEMS, rareMs, noneMs, RUNS);

        assertThat(catalogs.itemsByKeyPrefix(org, catalog.id(), "", rare, 20))
                .hasSize(20).allMatch(item -> item.values().get(1).equals("Группа 999"));
        assertThat(catalogs.itemsByKeyPrefix(org, catalog.id(), "P-0", none, 20)).isEmpty();
    }

    private static double medianMillis(Runnable query) {
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            query.run();
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        return nanos.get(RUNS / 2) / 1_000_000.0;
    }
}
