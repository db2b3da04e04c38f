package io.potok.registry;

import static io.potok.registry.OrdersFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class RegistryExportTests {

    private static final List<String> AWKWARD = List.of("запятая, внутри", "кавычки \"вот\"", "строка 1\nстрока 2",
            "точка; с запятой", "обратный \\ слеш", "crlf\r\nконец", "  пробелы  ", "");

    @Autowired Registry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Forms forms;
    @Autowired Catalogs catalogs;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JsonMapper json;

    OrdersFixture orders;
    CurrentMember russian;
    CurrentMember english;

    @BeforeEach
    void createOrders() {
        orders = new OrdersFixture(jdbc, forms, catalogs, events, transactions, json);
        russian = new CurrentMember(1, orders.orgId, "a@test.local", "A", true, Locale.forLanguageTag("ru"),
                ZoneId.of("Asia/Yekaterinburg"));
        english = new CurrentMember(1, orders.orgId, "a@test.local", "A", true, Locale.ENGLISH,
                ZoneId.of("Europe/Moscow"));
    }

    private RegistryQuery byId() {
        return RegistryQuery.of(orders.form.id()).sortedBy(RegistrySort.ascending(ColumnRef.TASK_ID));
    }

    private static List<CSVRecord> parseCsv(byte[] bytes, char delimiter) {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void csvKeepsAwkwardValuesWithEitherDelimiter() {
        for (String value : AWKWARD) {
            orders.task().set(CLIENT_NAME, value).save();
        }
        for (CsvOptions options : List.of(CsvOptions.forLocale(russian.locale()), CsvOptions.forLocale(Locale.ENGLISH),
                CsvOptions.forLocale(Locale.ENGLISH).withDelimiter('\t'))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            registry.exportCsv(russian, byId().columns(List.of(CLIENT_NAME)), options, out);

            List<CSVRecord> records = parseCsv(out.toByteArray(), options.delimiter());
            assertThat(records.get(0).get(7)).isEqualTo("Имя клиента");
            assertThat(records.subList(1, records.size())).extracting(record -> record.get(7))
                    .as("delimiter %s", options.delimiter()).containsExactlyElementsOf(AWKWARD);
        }
    }

    @Test
    void csvDelimiterFollowsLocale() {
        assertThat(CsvOptions.forLocale(Locale.forLanguageTag("ru")).delimiter()).isEqualTo(';');
        assertThat(CsvOptions.forLocale(Locale.ENGLISH).delimiter()).isEqualTo(',');
    }

    @Test
    void csvShowsValuesAsPagesDo() {
        long task = orders.task().createdAt("2025-12-31T19:30:00Z")
                .set(TOTAL, new BigDecimal("1234.50")).set(DELIVERY_DATE, "2026-01-31").set(CLIENT_TYPE, choice(3))
                .set(TAGS, choice(1, 2)).set(CLIENT, item(orders.clientItems.get("кофемания")))
                .set(URGENT, "checked").set(DELIVERY_TIME, "09:30").save();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        registry.exportCsv(russian, byId(), CsvOptions.forLocale(russian.locale()), out);

        List<CSVRecord> records = parseCsv(out.toByteArray(), ';');
        List<String> header = records.get(0).toList();
        CSVRecord row = records.get(1);
        assertThat(header.subList(0, 7)).containsExactly("Номер", "Тема", "Создана", "Дата закрытия", "Этап", "Статус",
                "Ответственный");
        assertThat(row.get(0)).isEqualTo(String.valueOf(task));
        assertThat(row.get(1)).isEqualTo("Заказ 1");
        assertThat(row.get(2)).isEqualTo("01.01.2026 00:30");
        assertThat(row.get(3)).isEmpty();
        assertThat(row.get(5)).isEqualTo("Открыта");
        assertThat(row.get(header.indexOf("Сумма"))).isEqualTo("1234,50");
        assertThat(row.get(header.indexOf("Дата поставки"))).isEqualTo("31.01.2026");
        assertThat(row.get(header.indexOf("Тип клиента"))).isEqualTo("Розница");
        assertThat(row.get(header.indexOf("Метки"))).isEqualTo("Маркетплейс, Дистрибьютор");
        assertThat(row.get(header.indexOf("Клиент"))).isEqualTo("кофемания");
        assertThat(row.get(header.indexOf("Срочно"))).isEqualTo("Да");
        assertThat(row.get(header.indexOf("Время"))).isEqualTo("09:30");
        assertThat(header).doesNotContain("Строки", "Количество", "Доставка");
    }

    @Test
    void csvFollowsFiltersAndSort() {
        orders.task().set(TOTAL, 10).save();
        long large = orders.task().set(TOTAL, 500).save();
        long larger = orders.task().set(TOTAL, 900).save();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        registry.exportCsv(english, RegistryQuery.of(orders.form.id())
                .where(RegistryFilter.field(TOTAL, FilterOperator.GREATER, "100"))
                .sortedBy(RegistrySort.descending(ColumnRef.field(TOTAL))).pageSize(1), CsvOptions.forLocale(Locale.ENGLISH), out);

        List<CSVRecord> records = parseCsv(out.toByteArray(), ',');
        assertThat(records.get(0).get(0)).isEqualTo("Id");
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(0))
                .containsExactly(String.valueOf(larger), String.valueOf(large));
    }

    @Test
    void xlsxHasNumericAndDateCells() {
        orders.task().createdAt("2026-01-15T09:00:00Z").set(CLIENT_NAME, "Зерно; \"кофе\"")
                .set(TOTAL, new BigDecimal("1234.50")).set(DELIVERY_DATE, "2026-01-31")
                .set(DELIVER_BY, "2026-02-01T07:00:00Z").set(CLIENT_TYPE, choice(2)).save();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        registry.exportXlsx(russian, byId(), out);

        List<Row> rows = xlsxRows(out.toByteArray());
        List<String> header = new ArrayList<>();
        rows.get(0).forEach(cell -> header.add(cell.getStringCellValue()));
        Row row = rows.get(1);
        Cell total = row.getCell(header.indexOf("Сумма"));
        assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(total.getNumericCellValue()).isEqualTo(1234.5);
        Cell date = row.getCell(header.indexOf("Дата поставки"));
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(row.getCell(header.indexOf("Доставить до")).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2026, 2, 1, 12, 0));
        assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 15, 14, 0));
        assertThat(row.getCell(header.indexOf("Имя клиента")).getStringCellValue()).isEqualTo("Зерно; \"кофе\"");
        assertThat(row.getCell(header.indexOf("Тип клиента")).getStringCellValue()).isEqualTo("Дистрибьютор");
    }

    static List<Row> xlsxRows(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> rows = new ArrayList<>();
            workbook.getSheetAt(0).forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
