package io.potok.catalogs.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogFilesTests {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final CatalogFiles files = new CatalogFiles(new ReadLimits(1_000_000, 1000));

    @Test
    void readsUtf8WithByteOrderMark() {
        byte[] content = withBom("Артикул,Название\nCM-1,Кофемашина Delonghi\n".getBytes(StandardCharsets.UTF_8));

        FileInspection inspection = files.inspect("товары.csv", content);
        FileTable table = files.readAll("товары.csv", content, inspection);

        assertThat(inspection.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspection.csv().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.header().cells()).containsExactly("Артикул", "Название");
        assertThat(table.rows()).extracting(FileRow::cells)
                .containsExactly(List.of("CM-1", "Кофемашина Delonghi"));
    }

    @Test
    void readsWindows1251FromRussianExcel() {
        byte[] content = "Артикул;Название;Цена\r\nCP-2;Капсулы «Эспрессо»;350,50\r\n".getBytes(WINDOWS_1251);

        FileInspection inspection = files.inspect("товары.csv", content);
        FileTable table = files.readAll("товары.csv", content, inspection);

        assertThat(inspection.csv().encoding()).isEqualTo(WINDOWS_1251);
        assertThat(inspection.csv().delimiter()).isEqualTo(';');
        assertThat(table.header().cells()).containsExactly("Артикул", "Название", "Цена");
        assertThat(table.rows().get(0).cells()).containsExactly("CP-2", "Капсулы «Эспрессо»", "350,50");
    }

    @Test
    void readsQuotedMultiLineValuesAndDoubledQuotes() {
        String text = """
                Артикул;Описание;Цена
                CM-1;"Кофемашина; зерновая
                вторая строка описания";1000
                CM-2;"Модель ""Люкс"", 2 л";1500

                CM-3;простая;"2,5"
                """;

        FileInspection inspection = files.inspect("a.csv", text.getBytes(StandardCharsets.UTF_8));
        FileTable table = files.readAll("a.csv", text.getBytes(StandardCharsets.UTF_8), inspection);

        assertThat(inspection.csv().delimiter()).isEqualTo(';');
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells())
                .containsExactly("CM-1", "Кофемашина; зерновая\nвторая строка описания", "1000");
        assertThat(table.rows().get(1).cells()).containsExactly("CM-2", "Модель \"Люкс\", 2 л", "1500");
        assertThat(table.rows().get(2).cells()).containsExactly("CM-3", "простая", "2,5");
    }

    @Test
    void numbersRowsAsSpreadsheetShowsThem() {
        String text = "key,name\n\nA,\"first\nsecond\"\nB,b\n";

        FileTable table = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.header().number()).isEqualTo(1);
        assertThat(table.rows()).extracting(FileRow::number).containsExactly(3, 4);
    }

    @Test
    void detectsCommaAndTabDelimiters() {
        byte[] comma = "key,name,price\nA,\"x;y\",1\nB,z,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] tab = "key\tname\nA\tx, y; z\n".getBytes(StandardCharsets.UTF_8);

        assertThat(files.inspect("c.csv", comma).csv().delimiter()).isEqualTo(',');
        assertThat(files.inspect("t.tsv", tab).csv().delimiter()).isEqualTo('\t');
    }

    @Test
    void rejectsEmptyFile() {
        assertThatThrownBy(() -> files.inspect("empty.csv", new byte[0])).isInstanceOf(CatalogFileEmpty.class);

        byte[] blank = "\n ; \n\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(blank)).isInstanceOf(CatalogFileEmpty.class);

        byte[] headerOnly = "Артикул;Цена\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(headerOnly)).isInstanceOf(CatalogFileEmpty.class);
    }

    @Test
    void rejectsBinaryAndOldExcelFiles() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};

        assertThatThrownBy(() -> files.inspect("old.xls", xls)).isInstanceOf(CatalogFileUnreadable.class);
        assertThatThrownBy(() -> files.inspect("photo.png", png)).isInstanceOf(CatalogFileUnreadable.class);
        assertThatThrownBy(() -> read(brokenZip)).isInstanceOf(CatalogFileUnreadable.class);
    }

    @Test
    void rejectsFileOverSizeAndRowLimits() {
        CatalogFiles small = new CatalogFiles(new ReadLimits(100, 2));
        byte[] big = "key\n".concat("A".repeat(200)).getBytes(StandardCharsets.UTF_8);
        byte[] threeRows = "key\nA\nB\nC\n".getBytes(StandardCharsets.UTF_8);
        byte[] twoRows = "key\nA\nB\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.inspect("big.csv", big)).isInstanceOf(CatalogFileTooLarge.class);
        assertThatThrownBy(() -> small.readAll("three.csv", threeRows, small.inspect("three.csv", threeRows)))
                .isInstanceOf(CatalogFileTooLarge.class);
        assertThat(small.readAll("two.csv", twoRows, small.inspect("two.csv", twoRows)).rows()).hasSize(2);
    }

    @Test
    void reportsUnclosedQuoteWithItsLine() {
        byte[] content = "key,name\nA,ok\nB,\"never closed\nC,x\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(content)).isInstanceOf(CatalogFileMalformed.class);
    }

    @Test
    void previewStopsAfterRequestedRows() {
        byte[] content = "key\nA\nB\nC\nD\n".getBytes(StandardCharsets.UTF_8);

        FileTable preview = files.preview("p.csv", content, files.inspect("p.csv", content), 2);

        assertThat(preview.rows()).extracting(row -> row.cell(0)).containsExactly("A", "B");
    }

    @Test
    void readsXlsxCellsAsTheUserSeesThem() throws IOException {
        byte[] content = workbook();

        FileInspection inspection = files.inspect("товары.xlsx", content);
        FileTable table = files.readAll("товары.xlsx", content, inspection);

        assertThat(inspection.format()).isEqualTo(FileFormat.XLSX);
        assertThat(table.header().cells()).containsExactly("Артикул", "Количество", "Цена", "Поступление",
                "Сумма", "Доля");
        FileRow first = table.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.cells()).containsExactly("CM-1", "4500", "1234.50", "2026-12-31", "9000", "0.15");
        FileRow second = table.rows().get(1);
        assertThat(second.number()).isEqualTo(4);
        assertThat(second.cells()).containsExactly("CM-2", "0.001", "99.90", "2026-03-08 14:30", "0.002");
        assertThat(second.cell(5)).isEmpty();
    }

    @Test
    void readsOnlyFirstSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet products = workbook.createSheet("Товары");
            products.createRow(0).createCell(0).setCellValue("Артикул");
            products.createRow(1).createCell(0).setCellValue("CM-1");
            Sheet other = workbook.createSheet("Прочее");
            other.createRow(0).createCell(0).setCellValue("Другое");
            other.createRow(1).createCell(0).setCellValue("X");

            FileTable table = read(bytes(workbook));

            assertThat(table.header().cells()).containsExactly("Артикул");
            assertThat(table.rows()).extracting(row -> row.cell(0)).containsExactly("CM-1");
        }
    }

    private FileTable read(byte[] content) {
        return files.readAll("file", content, files.inspect("file", content));
    }

    /** Writes a price list sheet with a gap row, a skipped cell, and number, money, date and formula cells. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Товары");
            Row header = sheet.createRow(0);
            List<String> names = List.of("Артикул", "Количество", "Цена", "Поступление", "Сумма", "Доля");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            CellStyle money = style(workbook, "#,##0.00\\ \"₽\"");
            CellStyle date = style(workbook, "dd.mm.yyyy");
            CellStyle dateTime = style(workbook, "dd.mm.yyyy hh:mm");
            CellStyle percent = style(workbook, "0%");

            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("CM-1");
            first.createCell(1).setCellValue(4.5E3);
            first.createCell(2).setCellValue(1234.5);
            first.getCell(2).setCellStyle(money);
            first.createCell(3).setCellValue(LocalDate.of(2026, 12, 31));
            first.getCell(3).setCellStyle(date);
            first.createCell(4).setCellFormula("B2*2");
            first.createCell(5).setCellValue(0.15);
            first.getCell(5).setCellStyle(percent);

            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("CM-2");
            second.createCell(1).setCellValue(0.001);
            second.createCell(2).setCellValue(99.9);
            second.getCell(2).setCellStyle(money);
            second.createCell(3).setCellValue(LocalDateTime.of(2026, 3, 8, 14, 30));
            second.getCell(3).setCellStyle(dateTime);
            second.createCell(4).setCellFormula("B4*2");

            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            return bytes(workbook);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static byte[] withBom(byte[] content) {
        byte[] result = new byte[content.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(content, 0, result, 3, content.length);
        return result;
    }
}
