package io.potok.catalogs.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times a 100,000-row CSV import into a new catalog of four columns: the upload, the check, and the
 * background run from confirmation to the end. Prints the figures and writes them to
 * {@code target/catalog-import-benchmark.md}. Runs only with {@code -Pbenchmark}.
 */
@PotokTest
@Tag("benchmark")
class CatalogImportBenchmarkTests {

    private static final int ROWS = 100_000;

    @Autowired
    CatalogImportFlow flow;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importHundredThousandRows() throws IOException, InterruptedException {
        var organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        long admin = organizations.member(org, null);
        Catalog catalog = catalogs.create(org, "Товары " + UUID.randomUUID(), List.of(
                new Catalog.Header("Артикул", "text"), new Catalog.Header("Наименование", "text"),
                new Catalog.Header("Цена", "money"), new Catalog.Header("Остаток", "number")), List.of());
        byte[] file = csv();

        Instant start = Instant.now();
        long importId = flow.upload(org, admin, catalog.id(), "товары.csv", file);
        Instant uploaded = Instant.now();
        flow.check(org, importId, flow.find(org, importId).mapping(), false);
        Instant checked = Instant.now();
        flow.confirm(org, importId);
        CatalogImport job = flow.find(org, importId);
        while (job.status().isInProgress()) {
            Thread.sleep(100);
            job = flow.find(org, importId);
        }
        Instant finished = Instant.now();

        assertThat(job.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(job.counts().added()).isEqualTo(ROWS);
        report(file.length, Duration.between(start, uploaded), Duration.between(uploaded, checked),
                Duration.between(checked, finished));
    }

    private static byte[] csv() {
        StringBuilder text = new StringBuilder("Артикул;Наименование;Цена;Остаток\n");
        for (int i = 1; i <= ROWS; i++) {
            text.append("SKU-").append(i).append(";Капсулы, упаковка ").append(i).append(';')
                    .append(100 + i % 5000).append(",90;").append(i % 300).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void report(int bytes, Duration upload, Duration check, Duration run) throws IOException {
        String table = """
                | step | seconds |
                | --- | --- |
                | upload (read header, store %d KB) | %.1f |
                | check every row | %.1f |
                | background run, confirmation to end | %.1f |
                """.formatted(bytes / 1024, seconds(upload), seconds(check), seconds(run));
        System.out.println(table);
        Files.writeString(Path.of("target", "catalog-import-benchmark.md"), table);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
