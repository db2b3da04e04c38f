package io.potok.registry.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.potok.registry.RegistryRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes registry rows into an XLSX workbook with POI's streaming API: only the last
 * {@value #ROWS_IN_MEMORY} rows stay in memory, the rest go to a temporary file that is deleted on close.
 * Numbers and money become numeric cells, dates and date-times date cells (date-times in the member's time
 * zone), everything else text as in the CSV export.
 */
final class XlsxRegistryWriter implements Closeable {

    static final int ROWS_IN_MEMORY = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellText text;
    private final List<ProjectedField> fields;
    private final ZoneId zone;
    private int rowCount;

    XlsxRegistryWriter(OutputStream out, CellText text, List<ProjectedField> fields, ZoneId zone) {
        this.out = out;
        this.text = text;
        this.fields = fields;
        this.zone = zone;
        this.sheet = workbook.createSheet();
        this.dateStyle = style("dd.mm.yyyy");
        this.dateTimeStyle = style("dd.mm.yyyy hh:mm");
        header();
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private void header() {
        Row row = sheet.createRow(rowCount++);
        int column = 0;
        for (String name : ExportColumns.taskHeaders(text)) {
            row.createCell(column++).setCellValue(name);
        }
        for (ProjectedField field : fields) {
            row.createCell(column++).setCellValue(text.header(field));
        }
    }

    void write(RegistryRow task) {
        Row row = sheet.createRow(rowCount++);
        row.createCell(0).setCellValue(task.taskId());
        row.createCell(1).setCellValue(task.subject() == null ? "" : task.subject());
        dateTime(row.createCell(2), task.createdAt());
        if (task.closedAt() != null) {
            dateTime(row.createCell(3), task.closedAt());
        }
        row.createCell(4).setCellValue(text.step(task.currentStep()));
        row.createCell(5).setCellValue(ExportColumns.status(task, text));
        row.createCell(6).setCellValue(text.memberName(task.responsibleId()));
        int column = ExportColumns.COUNT;
        for (ProjectedField field : fields) {
            Object value = task.values().get(field.id());
            if (value != null) {
                cell(row.createCell(column), field, value);
            }
            column++;
        }
    }

    private void cell(Cell cell, ProjectedField field, Object value) {
        switch (field.kind()) {
            case NUMBER:
                // NOTE: spreadsheet cells hold binary doubles, so amounts beyond 15 significant digits round.
                cell.setCellValue(((BigDecimal) value).doubleValue());
                break;
            case DATE:
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(dateStyle);
                break;
            case TIMESTAMP:
                dateTime(cell, (Instant) value);
                break;
            default:
                cell.setCellValue(text.field(field, value));
        }
    }

    private void dateTime(Cell cell, Instant value) {
        cell.setCellValue(LocalDateTime.ofInstant(value, zone));
        cell.setCellStyle(dateTimeStyle);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            // close() only closes the sheet writers; dispose() deletes their temporary files.
            workbook.dispose();
            workbook.close();
        }
    }
}
