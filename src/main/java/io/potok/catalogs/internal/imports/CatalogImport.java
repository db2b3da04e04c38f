package io.potok.catalogs.internal.imports;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

/**
 * One upload of a file into a catalog, from the mapping step to the end of its background run.
 *
 * @param mapping per file column, the name of the catalog column it fills, or an empty string to leave it out
 * @param totalRows the rows the run applies, known once it starts
 * @param processedRows the rows the run has applied so far
 * @param failureKey the message key of the failure that stopped the run, or null
 */
public record CatalogImport(long id, long orgId, long catalogId, long createdBy, Instant createdAt,
                            String fileName, FileFormat format, String encoding, String delimiter,
                            List<String> mapping, boolean archiveMissing, ImportStatus status,
                            int totalRows, int processedRows, ImportCounts counts,
                            String failureKey, List<String> failureArgs, Instant finishedAt) {

    public CatalogImport {
        mapping = List.copyOf(mapping);
        failureArgs = failureArgs == null ? List.of() : List.copyOf(failureArgs);
    }

    /** Returns how the file is read: the format, and for CSV the chosen encoding and delimiter. */
    public FileInspection settings() {
        if (format == FileFormat.XLSX) {
            return new FileInspection(format, null);
        }
        return new FileInspection(format, new CsvSettings(Charset.forName(encoding), delimiter.charAt(0)));
    }

    /** Returns the share of rows applied, from 0 to 100. */
    public int percentDone() {
        if (status == ImportStatus.FINISHED) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) (100L * processedRows / totalRows);
    }
}
