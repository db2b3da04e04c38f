package io.potok.catalogs.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the files that import tests upload: UTF-8 text with a byte-order mark and XLSX workbooks.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    static byte[] utf8WithBom(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[content.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(content, 0, result, 3, content.length);
        return result;
    }

    /** Writes a workbook whose cells are strings, or numbers when given as {@link Number}. */
    static byte[] xlsx(List<List<Object>> rows, CellStyler styler) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Лист1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                    CellStyle style = styler.style(workbook, r, c);
                    if (style != null) {
                        row.getCell(c).setCellStyle(style);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Chooses a cell style by position, or null for the default one. */
    interface CellStyler {
        CellStyle style(XSSFWorkbook workbook, int row, int column);
    }
}
