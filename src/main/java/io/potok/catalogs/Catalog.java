package io.potok.catalogs;

import java.util.List;

/**
 * A catalog: named columns and items.
 *
 * @param id catalog id
 * @param orgId organisation id
 * @param name catalog name
 * @param headers column headers in order; the first column is the key
 * @param archived whether the catalog is archived
 */
public record Catalog(long id, long orgId, String name, List<Header> headers, boolean archived) {

    /** Returns the position of the column with this name, ignoring case and edge spaces, or -1 when none. */
    public int columnIndex(String columnName) {
        if (columnName == null) {
            return -1;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).name().trim().equalsIgnoreCase(columnName.trim())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A column of a catalog.
     *
     * @param name column name
     * @param type {@code text}, {@code number}, {@code money}, {@code date} or {@code member}
     */
    public record Header(String name, String type) {
    }
}
