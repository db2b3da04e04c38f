package io.potok.catalogs.internal.imports;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads uploaded catalog files, CSV or XLSX, into rows of cell texts, within the import's size and row
 * limits ({@code potok.catalog-import.max-file-size} and {@code potok.catalog-import.max-rows}).
 */
@Component
public class CatalogFiles {

    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int BINARY_PROBE_BYTES = 8192;

    private final ReadLimits limits;

    @Autowired
    CatalogFiles(@Value("${potok.catalog-import.max-file-size:20MB}") DataSize maxFileSize,
                 @Value("${potok.catalog-import.max-rows:200000}") int maxRows) {
        this(new ReadLimits(maxFileSize.toBytes(), maxRows));
    }

    CatalogFiles(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Tells CSV from XLSX and guesses a CSV file's encoding and delimiter.
     *
     * @throws CatalogFileEmpty when the file has no bytes
     * @throws CatalogFileTooLarge when the file is over the size limit
     * @throws CatalogFileUnreadable when the file is binary but no XLSX workbook, such as an old XLS file
     */
    public FileInspection inspect(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new CatalogFileEmpty(fileName);
        }
        if (content.length > limits.maxBytes()) {
            throw CatalogFileTooLarge.bySize(fileName, DataSize.ofBytes(limits.maxBytes()).toMegabytes());
        }
        if (XlsxFileReader.looksLikeXlsx(content)) {
            return new FileInspection(FileFormat.XLSX, null);
        }
        if (startsWith(content, OLE2_SIGNATURE) || hasNulByte(content)) {
            throw new CatalogFileUnreadable(fileName);
        }
        var encoding = EncodingDetection.detect(content);
        char delimiter = DelimiterDetection.detect(EncodingDetection.decode(content, encoding));
        return new FileInspection(FileFormat.CSV, new CsvSettings(encoding, delimiter));
    }

    /** Reads the header and up to {@code limit} data rows. */
    public FileTable preview(String fileName, byte[] content, FileInspection settings, int limit) {
        List<FileRow> rows = new ArrayList<>();
        read(fileName, content, settings, row -> {
            rows.add(row);
            return rows.size() <= limit;
        });
        return table(fileName, rows);
    }

    /**
     * Reads every row of the file.
     *
     * @throws CatalogFileEmpty when the file has no data row below the header
     * @throws CatalogFileTooLarge when the file has more data rows than the limit
     */
    public FileTable readAll(String fileName, byte[] content, FileInspection settings) {
        List<FileRow> rows = new ArrayList<>();
        read(fileName, content, settings, row -> {
            if (rows.size() > limits.maxRows()) {
                throw CatalogFileTooLarge.byRows(fileName, limits.maxRows());
            }
            rows.add(row);
            return true;
        });
        return table(fileName, rows);
    }

    private static void read(String fileName, byte[] content, FileInspection settings, RowVisitor visitor) {
        if (settings.format() == FileFormat.XLSX) {
            XlsxFileReader.read(fileName, content, visitor);
        } else {
            CsvFileReader.read(fileName, content, settings.csv(), visitor);
        }
    }

    /** Rejects a file with a header alone, which with "archive missing" would archive the whole catalog. */
    private static FileTable table(String fileName, List<FileRow> rows) {
        if (rows.size() < 2) {
            throw new CatalogFileEmpty(fileName);
        }
        return new FileTable(rows.get(0), rows.subList(1, rows.size()));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text in UTF-8 or windows-1251 never contains a zero byte; images, PDFs and UTF-16 text do. */
    private static boolean hasNulByte(byte[] content) {
        for (int i = 0; i < Math.min(content.length, BINARY_PROBE_BYTES); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
