package io.potok.registry.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.potok.registry.CsvOptions;
import io.potok.registry.RegistryRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes registry rows as RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs detect the
 * encoding. Every value is quoted and quotes inside are doubled, so delimiters, line breaks, semicolons and
 * backslashes in values survive whichever delimiter is chosen.
 */
final class CsvRegistryWriter implements Closeable {

    private final CSVPrinter printer;
    private final CellText text;
    private final List<ProjectedField> fields;

    CsvRegistryWriter(OutputStream out, CsvOptions options, CellText text, List<ProjectedField> fields)
            throws IOException {
        this.text = text;
        this.fields = fields;
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setQuoteMode(QuoteMode.ALL)
                .setEscape(null)
                .get();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.printer = new CSVPrinter(writer, format);
        printer.printRecord(header());
    }

    private List<String> header() {
        List<String> header = new ArrayList<>(ExportColumns.taskHeaders(text));
        fields.forEach(field -> header.add(text.header(field)));
        return header;
    }

    void write(RegistryRow row) {
        List<String> cells = new ArrayList<>(ExportColumns.taskCells(row, text));
        for (ProjectedField field : fields) {
            cells.add(text.field(field, row.values().get(field.id())));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a registry CSV row failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
