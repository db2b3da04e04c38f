package io.potok.catalogs.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import org.apache.poi.ss.usermodel.CellStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class CatalogImportTests {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    @Autowired
    CatalogImportFlow flow;

    @Autowired
    CatalogImports imports;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportRunner runner;

    long org;
    long admin;
    Catalog products;

    @BeforeEach
    void createProducts() {
        var organizations = new TestOrganizations(jdbc);
        org = organizations.organization();
        admin = organizations.member(org, null);
        products = catalogs.create(org, "Товары " + UUID.randomUUID(), List.of(
                        new Catalog.Header("Артикул", "text"), new Catalog.Header("Название", "text"),
                        new Catalog.Header("Цена", "money"), new Catalog.Header("Поступление", "date")),
                List.of(List.of("CM-1", "Кофемашина", "1000.00", "2026-01-15"),
                        List.of("CP-2", "Капсулы", "350.50", ""),
                        List.of("CP-3", "Фильтр", "99.90", "")));
    }

    @Test
    void importAddsUpdatesAndKeepsUnmappedColumns() {
        byte[] file = ImportFiles.utf8WithBom("артикул ,Цена,Комментарий\nCM-1,\"1 200,50\",x\nCM-9,15,y\nCP-2,350.50,z\n");

        CatalogImport job = runToEnd(upload("цены.csv", file), false);

        assertThat(job.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(job.counts()).isEqualTo(new ImportCounts(1, 1, 1, 0, 0));
        assertThat(values("CM-1")).containsExactly("CM-1", "Кофемашина", "1200.50", "2026-01-15");
        assertThat(values("CM-9")).containsExactly("CM-9", "", "15.00", "");
        assertThat(report(job.id(), "added")).extracting(ImportRowOutcome::rowNumber).containsExactly(3);
        assertThat(report(job.id(), "updated")).extracting(ImportRowOutcome::key).containsExactly("CM-1");
    }

    @Test
    void uploadMatchesColumnsByName() {
        byte[] file = "Комментарий;ЦЕНА;Артикул\nx;1;CM-1\n".getBytes(StandardCharsets.UTF_8);

        CatalogImport job = flow.find(org, upload("a.csv", file));

        assertThat(job.status()).isEqualTo(ImportStatus.UPLOADED);
        assertThat(job.delimiter()).isEqualTo(";");
        assertThat(job.mapping()).containsExactly("", "Цена", "Артикул");
    }

    @Test
    void checkReportsProblemsByRow() {
        byte[] file = ("Артикул,Цена,Поступление\n"
                + "CM-1,1100,31.12.2026\n"
                + "NEW-1,дорого,\n"
                + "CM-1,1200,\n"
                + ",5,\n"
                + "NEW-2,7,32.13.2026\n"
                + "NEW-3,8,2026-05-01\n").getBytes(StandardCharsets.UTF_8);
        long importId = upload("проверка.csv", file);

        flow.check(org, importId, List.of("Артикул", "Цена", "Поступление"), false);

        List<ImportRowOutcome> problems = imports.rows(importId, CatalogImports.CHECK, null, 0, 100);
        assertThat(problems).extracting(ImportRowOutcome::rowNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(problems.get(0).reasonKey()).isEqualTo(ImportCheck.KEY_DUPLICATED);
        assertThat(problems.get(0).reasonArgs()).containsExactly("CM-1", "4");
        assertThat(problems.get(1).reasonKey()).isEqualTo("error.catalog_value_invalid");
        assertThat(problems.get(1).reasonArgs()).contains("дорого");
        assertThat(problems.get(3).reasonKey()).isEqualTo("error.catalog_key_missing");
        assertThat(problems.get(4).reasonArgs()).contains("32.13.2026");
        assertThat(values("CM-1")).containsExactly("CM-1", "Кофемашина", "1000.00", "2026-01-15");
        assertThat(catalogs.itemByKey(org, products.id(), "NEW-3")).isEmpty();
    }

    @Test
    void confirmSkipsRejectedRowsAndListsTheirReasons() {
        byte[] file = "Артикул,Цена\nCM-1,1100\nNEW-1,дорого\nNEW-2,7\nNEW-2,8\n".getBytes(StandardCharsets.UTF_8);

        CatalogImport job = runToEnd(upload("a.csv", file), false);

        assertThat(job.counts()).isEqualTo(new ImportCounts(0, 1, 0, 0, 3));
        assertThat(values("CM-1")).containsExactly("CM-1", "Кофемашина", "1100.00", "2026-01-15");
        assertThat(catalogs.itemByKey(org, products.id(), "NEW-1")).isEmpty();
        assertThat(catalogs.itemByKey(org, products.id(), "NEW-2")).isEmpty();
        List<ImportRowOutcome> rejected = report(job.id(), "rejected");
        assertThat(rejected).extracting(ImportRowOutcome::rowNumber).containsExactly(3, 4, 5);
        assertThat(rejected).allSatisfy(line -> assertThat(line.reasonKey()).isNotBlank());
    }

    @Test
    void archivesOnlyKeysMissingFromFile() {
        byte[] file = "Артикул,Цена\nCM-1,1000\nCP-2,плохая цена\n".getBytes(StandardCharsets.UTF_8);

        CatalogImport job = runToEnd(upload("a.csv", file), true);

        assertThat(job.counts().archived()).isEqualTo(1);
        assertThat(report(job.id(), "archived")).extracting(ImportRowOutcome::key).containsExactly("CP-3");
        assertThat(catalogs.itemByKey(org, products.id(), "CP-3")).isEmpty();
        assertThat(catalogs.itemByKey(org, products.id(), "CP-2")).isPresent();
    }

    @Test
    void importsWindows1251WithQuotedLineBreaks() {
        String text = "Артикул;Название;Цена\r\n"
                + "CM-1;\"Кофемашина \"\"Люкс\"\";\r\nчёрная\";1 500,00\r\n"
                + "CM-7;Кофемолка;700\r\n";
        byte[] file = text.getBytes(Charset.forName("windows-1251"));

        long importId = upload("1251.csv", file);
        CatalogImport uploaded = flow.find(org, importId);
        CatalogImport job = runToEnd(importId, false);

        assertThat(uploaded.encoding()).isEqualTo("windows-1251");
        assertThat(job.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
        assertThat(values("CM-1")).containsExactly("CM-1", "Кофемашина \"Люкс\";\r\nчёрная", "1500.00", "2026-01-15");
        assertThat(report(job.id(), "added")).extracting(ImportRowOutcome::rowNumber).containsExactly(3);
    }

    @Test
    void importsXlsxNumbersMoneyAndDates() {
        byte[] file = ImportFiles.xlsx(List.of(
                        List.of("Артикул", "Название", "Цена", "Поступление"),
                        List.of("CM-1", "Кофемашина", 1234.5, 46387),
                        List.of(4500, "Набор", 99.999, 46023)),
                CatalogImportTests::priceListStyle);

        CatalogImport job = runToEnd(upload("прайс.xlsx", file), false);

        assertThat(job.counts().rejected()).isZero();
        assertThat(values("CM-1")).containsExactly("CM-1", "Кофемашина", "1234.50", "2026-12-31");
        assertThat(values("4500")).containsExactly("4500", "Набор", "100.00", "2026-01-01");
    }

    @Test
    void checkRejectsMappingWithoutKey() {
        long importId = upload("a.csv", "Артикул,Цена\nCM-1,1\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> flow.check(org, importId, List.of("", "Цена"), false))
                .isInstanceOf(ImportMappingInvalid.class)
                .hasMessage("catalog_import_key_unmapped");
        assertThatThrownBy(() -> flow.check(org, importId, List.of("Артикул", "Артикул"), false))
                .hasMessage("catalog_import_column_mapped_twice");
    }

    @Test
    void confirmedImportCannotBeChanged() {
        long importId = upload("a.csv", "Артикул,Цена\nCM-1,1\n".getBytes(StandardCharsets.UTF_8));
        flow.check(org, importId, List.of("Артикул", "Цена"), false);
        flow.confirm(org, importId);

        assertThatThrownBy(() -> flow.check(org, importId, List.of("Артикул", "Цена"), false))
                .isInstanceOf(ImportStateInvalid.class);
        assertThatThrownBy(() -> flow.confirm(org, importId)).isInstanceOf(ImportStateInvalid.class);
        awaitEnd(importId);
    }

    @Test
    void twentyThousandRowsFinishWithProgressReported() {
        StringBuilder text = new StringBuilder("Артикул;Название;Цена\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append("BULK-").append(i).append(";Товар ").append(i).append(';').append(i).append(",50\n");
        }
        long importId = upload("большой.csv", text.toString().getBytes(StandardCharsets.UTF_8));
        flow.check(org, importId, List.of("Артикул", "Название", "Цена"), false);

        flow.confirm(org, importId);
        TreeSet<Integer> seen = new TreeSet<>();
        CatalogImport job = awaitEnd(importId, progress -> seen.add(progress.processedRows()));

        assertThat(job.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(job.totalRows()).isEqualTo(20_000);
        assertThat(job.processedRows()).isEqualTo(20_000);
        assertThat(job.counts().added()).isEqualTo(20_000);
        assertThat(seen.subSet(1, 20_000)).as("progress between start and end").isNotEmpty();
        assertThat(values("BULK-20000")).containsExactly("BULK-20000", "Товар 20000", "20000.50", "");
        assertThat(imports.countRows(importId, CatalogImports.RESULT, "added")).isEqualTo(20_000);
    }

    /**
     * Simulates a node that stopped after committing the first chunk: the import is left running with
     * the first chunk counted, and the revived run must apply only the rows after it.
     */
    @Test
    void interruptedRunResumesAfterLastChunk() {
        StringBuilder text = new StringBuilder("Артикул,Цена\n");
        int rows = ImportRunner.CHUNK_ROWS + 20;
        for (int i = 1; i <= rows; i++) {
            text.append("RESUME-").append(i).append(',').append(i).append('\n');
        }
        long importId = upload("возобновление.csv", text.toString().getBytes(StandardCharsets.UTF_8));
        flow.check(org, importId, List.of("Артикул", "Цена"), false);
        imports.queue(importId);
        imports.start(importId, rows);
        imports.recordChunk(importId, ImportRunner.CHUNK_ROWS, new ImportCounts(ImportRunner.CHUNK_ROWS, 0, 0, 0, 0),
                List.of());

        runner.run(importId);

        CatalogImport job = flow.find(org, importId);
        assertThat(job.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(job.processedRows()).isEqualTo(rows);
        assertThat(job.counts().added()).isEqualTo(rows);
        assertThat(catalogs.itemByKey(org, products.id(), "RESUME-" + ImportRunner.CHUNK_ROWS)).isEmpty();
        assertThat(values("RESUME-" + (ImportRunner.CHUNK_ROWS + 1))).containsExactly(
                "RESUME-" + (ImportRunner.CHUNK_ROWS + 1), "", String.valueOf(ImportRunner.CHUNK_ROWS + 1) + ".00", "");
        assertThat(report(importId, "added")).hasSize(20);
    }

    private static CellStyle priceListStyle(org.apache.poi.xssf.usermodel.XSSFWorkbook workbook, int row, int column) {
        if (row == 0 || column < 2) {
            return null;
        }
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(column == 2 ? "#,##0.00" : "dd.mm.yyyy"));
        return style;
    }

    private long upload(String fileName, byte[] content) {
        return flow.upload(org, admin, products.id(), fileName, content);
    }

    /** Checks with the proposed mapping, confirms, and waits for the background run to end. */
    private CatalogImport runToEnd(long importId, boolean archiveMissing) {
        flow.check(org, importId, flow.find(org, importId).mapping(), archiveMissing);
        flow.confirm(org, importId);
        return awaitEnd(importId);
    }

    private CatalogImport awaitEnd(long importId) {
        return awaitEnd(importId, progress -> true);
    }

    private CatalogImport awaitEnd(long importId, Function<CatalogImport, Boolean> onProgress) {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            CatalogImport job = flow.find(org, importId);
            onProgress.apply(job);
            if (!job.status().isInProgress()) {
                return job;
            }
            pause();
        }
        throw new AssertionError("Import " + importId + " did not end within " + RUN_TIMEOUT);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private List<String> values(String key) {
        return catalogs.itemByKey(org, products.id(), key).map(CatalogItem::values).orElseThrow();
    }

    private List<ImportRowOutcome> report(long importId, String outcome) {
        return imports.rows(importId, CatalogImports.RESULT, outcome, 0, 1000);
    }
}
