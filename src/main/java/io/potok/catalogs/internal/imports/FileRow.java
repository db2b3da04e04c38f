package io.potok.catalogs.internal.imports;

import java.util.List;

/**
 * One row of an uploaded file.
 *
 * @param number the row number a spreadsheet shows for it, counting the header as row 1
 * @param cells the cell texts from the first column on; a row may be shorter or longer than the header
 */
public record FileRow(int number, List<String> cells) {

    public FileRow {
        cells = List.copyOf(cells);
    }

    /** Returns the cell in the column, or an empty string when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
