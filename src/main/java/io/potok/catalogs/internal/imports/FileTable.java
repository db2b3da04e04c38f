package io.potok.catalogs.internal.imports;

import java.util.List;

/**
 * The rows of an uploaded file: the first non-empty row names the columns, the others are data.
 */
public record FileTable(FileRow header, List<FileRow> rows) {

    public FileTable {
        rows = List.copyOf(rows);
    }
}
