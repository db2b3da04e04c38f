package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.CatalogItemSearch.CellCondition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures catalog syncs and a filtered read at 100,000 items. Run it with
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=CatalogSyncBenchmarkTests}, which prints the results and writes
 * them to {@code target/catalog-sync-benchmark.md}. The default build skips it because of the
 * {@code benchmark} tag.
 */
@Tag("benchmark")
@PotokTest
class CatalogSyncBenchmarkTests {

    private static final int ITEMS = 100_000;
    private static final int FILTER_RUNS = 50;
    private static final List<Catalog.Header> HEADERS = List.of(new Catalog.Header("Артикул", "text"),
            new Catalog.Header("Название", "text"), new Catalog.Header("Цена", "money"),
            new Catalog.Header("Годен до", "date"), new Catalog.Header("Группа", "text"));

    @Autowired CatalogSync sync;
    @Autowired CatalogItemSearch search;
    @Autowired Catalogs catalogs;
    @Autowired JdbcClient jdbc;

    private final List<String> lines = new ArrayList<>();

    @Test
    void syncOfAHundredThousandItems() {
        long org = new TestOrganizations(jdbc).organization();
        List<List<String>> rows = rows(0, ITEMS);
        long catalogId = measure("create with 100,000 items", () -> sync.create(org, "Товары", HEADERS, rows)).id();

        List<List<String>> changed = changedRows(rows);
        SyncResult dryRun = measure("full sync, dry run (1% updated, 1% added, 1% archived)",
                () -> sync.sync(org, catalogId, null, changed, true, false));
        SyncResult applied = measure("full sync, applied (1% updated, 1% added, 1% archived)",
                () -> sync.sync(org, catalogId, null, changed, true, true));
        SyncResult unchanged = measure("full sync, applied, nothing changed",
                () -> sync.sync(org, catalogId, null, changed, true, true));
        List<CatalogItem> found = measureFilter(org, catalogId);

        assertThat(dryRun.updated()).hasSize(ITEMS / 100);
        assertThat(applied.added()).hasSize(ITEMS / 100);
        assertThat(applied.archived()).hasSize(ITEMS / 100);
        assertThat(unchanged.updated()).isEmpty();
        assertThat(found).hasSize(ITEMS / 1000);
        report();
    }

    /** Drops the first 1% of rows, changes the price of the next 1% and adds 1% new rows. */
    private static List<List<String>> changedRows(List<List<String>> rows) {
        int share = ITEMS / 100;
        List<List<String>> changed = new ArrayList<>(rows.subList(share, ITEMS));
        for (int i = 0; i < share; i++) {
            List<String> row = new ArrayList<>(changed.get(i));
            row.set(2, "1 000,00");
            changed.set(i, row);
        }
        changed.addAll(rows(ITEMS, ITEMS + share));
        return changed;
    }

    private static List<List<String>> rows(int from, int to) {
        List<List<String>> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            rows.add(Arrays.asList("SKU-" + i, "Товар номер " + i, (i % 5000) + ".50", "31.12.2027",
                    "Группа " + (i % 1000)));
        }
        return rows;
    }

    /** Reads the items of one group of 1,000 by the text of a non-key column, as {@code GET /catalogs/{id}} does. */
    private List<CatalogItem> measureFilter(long org, long catalogId) {
        List<CellCondition> conditions = List.of(new CellCondition(4, "группа 7", false));
        List<Long> nanos = new ArrayList<>();
        List<CatalogItem> found = List.of();
        for (int run = 0; run < FILTER_RUNS; run++) {
            long started = System.nanoTime();
            found = search.find(org, catalogId, conditions, false);
            nanos.add(System.nanoTime() - started);
        }
        nanos.sort(null);
        lines.add("| filter by a text column, p50 of " + FILTER_RUNS + " runs | "
                + nanos.get(FILTER_RUNS / 2) / 1_000_000 + " ms |");
        return found;
    }

    private <T> T measure(String what, Supplier<T> action) {
        long started = System.nanoTime();
        T result = action.get();
        lines.add("| " + what + " | " + (System.nanoTime() - started) / 1_000_000 + " ms |");
        return result;
    }

    private void report() {
        String table = "| Operation | Time |\n|---|---|\n" + String.join("\n", lines) + "\n";
        System.out.println(table);
        try {
            Files.writeString(Path.of("target", "catalog-sync-benchmark.md"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
