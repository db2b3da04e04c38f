package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the catalog item search over a catalog of 100,000 products through {@link CatalogQueries}, as the
 * catalog page runs it. Run it with {@code ./mvnw -B verify -Pbenchmark}, which prints the results and writes
 * them to {@code target/catalog-benchmark.md} with the query plans of the text searches. The default build
 * skips it because of the {@code benchmark} tag.
 */
@Tag("benchmark")
@PotokTest
class CatalogSearchBenchmarkTests {

    private static final int ITEMS = 100_000;
    private static final int PAGE = 50;
    private static final int WARMUP_RUNS = 20;
    private static final int MEASURED_RUNS = 100;

    @Autowired CatalogQueries queries;
    @Autowired Catalogs catalogs;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private long orgId;
    private long catalogId;

    @Test
    void searchAtAHundredThousandItems() throws IOException {
        long started = System.nanoTime();
        createProducts();
        long loadSeconds = (System.nanoTime() - started) / 1_000_000_000;

        CatalogItemQuery firstPage = CatalogItemQuery.firstPage(PAGE);
        CatalogItemPage first = queries.search(orgId, catalogId, firstPage);
        CatalogItemQuery deepPage = new CatalogItemQuery("", Map.of(), false, idOfItem(60_000), 0, PAGE);
        CatalogItemQuery rareText = new CatalogItemQuery("модель 99996", Map.of(), false, 0, 0, PAGE);
        CatalogItemQuery commonText = new CatalogItemQuery("кофемашина", Map.of(), false, 0, 0, PAGE);
        CatalogItemPage common = queries.search(orgId, catalogId, commonText);
        CatalogItemQuery commonNext = new CatalogItemQuery("кофемашина", Map.of(), false, common.nextAfter(), 0, PAGE);
        CatalogItemQuery regionFilter = new CatalogItemQuery("", Map.of(2, "новосибирск", 1, "арабика"), false, 0, 0, PAGE);
        assertThat(first.rows()).hasSize(PAGE);
        assertThat(queries.search(orgId, catalogId, rareText).rows()).hasSize(1);
        assertThat(common.rows()).hasSize(PAGE);
        assertThat(queries.search(orgId, catalogId, regionFilter).rows()).hasSize(PAGE);

        List<String> table = new ArrayList<>();
        table.add(row("(a) first page, no search", () -> queries.search(orgId, catalogId, firstPage)));
        table.add(row("(b) a page 60,000 items deep", () -> queries.search(orgId, catalogId, deepPage)));
        table.add(row("(c) text in 1 item: \"модель 99996\"", () -> queries.search(orgId, catalogId, rareText)));
        table.add(row("(d) text in 25% of items: \"кофемашина\", first page", () -> queries.search(orgId, catalogId, commonText)));
        table.add(row("(e) the same, next page", () -> queries.search(orgId, catalogId, commonNext)));
        table.add(row("(f) two column filters: region and name", () -> queries.search(orgId, catalogId, regionFilter)));
        table.add(row("(c) without the trigram index (bitmap scans off)", () -> withoutIndex("модель 99996")));
        report(loadSeconds, table);
    }

    /**
     * Inserts the products in one statement: every fourth is a coffee machine, the rest capsules, regions
     * rotate over the demo's four cities, and prices run from 100 to 10,099.
     */
    private void createProducts() {
        orgId = new TestOrganizations(jdbc).organization();
        catalogId = catalogs.create(orgId, "Товары (бенчмарк)", List.of(new Catalog.Header("Артикул", "text"),
                new Catalog.Header("Название", "text"), new Catalog.Header("Регион", "text"),
                new Catalog.Header("Цена", "money")), List.of()).id();
        jdbc.sql("""
                        insert into catalog_items (org_id, catalog_id, item_key, item_values)
                        select :org, :catalog, 'P-' || lpad(i::text, 6, '0'),
                               jsonb_build_array('P-' || lpad(i::text, 6, '0'),
                                   case when i % 4 = 0 then 'Кофемашина Модель ' || i else 'Капсулы арабика № ' || i end,
                                   (array['Москва', 'Санкт-Петербург', 'Екатеринбург', 'Новосибирск'])[i % 4 + 1],
                                   (100 + i % 10000) || '.00')
                          from generate_series(1, :items) as i
                        """)
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("items", ITEMS)
                .update();
        jdbc.sql("analyze catalog_items").update();
    }

    private long idOfItem(int number) {
        return jdbc.sql("select id from catalog_items where catalog_id = :catalog and item_key = :key")
                .param("catalog", catalogId)
                .param("key", String.format("P-%06d", number))
                .query(Long.class).single();
    }

    /** Runs the rare-text search as plain SQL with bitmap scans off, which keeps the trigram index unused. */
    private Object withoutIndex(String text) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_bitmapscan = off").update();
            return jdbc.sql(searchSql()).param("org", orgId).param("catalog", catalogId).param("pattern", "%" + text + "%")
                    .query(Long.class).list();
        });
    }

    private static String searchSql() {
        return """
                select id from catalog_items
                 where org_id = :org and catalog_id = :catalog and not deleted
                   and catalog_item_search_text(item_values) like :pattern
                 order by id limit 51
                """;
    }

    private String row(String name, Supplier<Object> query) {
        for (int i = 0; i < WARMUP_RUNS; i++) {
            query.get();
        }
        double[] millis = new double[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return String.format("| %s | %.2f | %.2f |", name, millis[MEASURED_RUNS / 2], millis[MEASURED_RUNS * 95 / 100]);
    }

    private void report(long loadSeconds, List<String> table) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Catalog of " + ITEMS + " items, loaded in " + loadSeconds + " s; " + MEASURED_RUNS
                + " runs after " + WARMUP_RUNS + " warm-up runs; milliseconds of the whole call.");
        lines.add("");
        lines.add("| query | median | p95 |");
        lines.add("| --- | --- | --- |");
        lines.addAll(table);
        lines.add("");
        lines.add("EXPLAIN (ANALYZE, BUFFERS) of (c) and (d):");
        lines.addAll(explain("модель 99996"));
        lines.addAll(explain("кофемашина"));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "catalog-benchmark.md"), lines);
    }

    private List<String> explain(String text) {
        return jdbc.sql("explain (analyze, buffers) " + searchSql())
                .param("org", orgId).param("catalog", catalogId).param("pattern", "%" + text + "%")
                .query(String.class).list();
    }
}
