package io.potok.catalogs.internal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text with Apache Commons CSV: values in double quotes may hold the delimiter, line breaks and
 * doubled quotes. Row numbers count empty lines too, as a spreadsheet that opens the file does.
 */
final class CsvFileReader {

    private CsvFileReader() {
    }

    static void read(String fileName, byte[] content, CsvSettings settings, RowVisitor visitor) {
        String text = EncodingDetection.decode(content, settings.encoding());
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(settings.delimiter())
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setRecordSeparator("\r\n")
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            visitRecords(fileName, parser, visitor);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void visitRecords(String fileName, CSVParser parser, RowVisitor visitor) {
        try {
            for (CSVRecord record : parser) {
                FileRow row = new FileRow((int) record.getRecordNumber(), cells(record));
                if (!row.isBlank() && !visitor.visit(row)) {
                    return;
                }
            }
        } catch (UncheckedIOException malformed) {
            // Commons CSV reports broken quoting as an IOException wrapped by the record iterator.
            throw new CatalogFileMalformed(fileName, parser.getCurrentLineNumber());
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return cells;
    }
}
