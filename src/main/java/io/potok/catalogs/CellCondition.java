package io.potok.catalogs;

/**
 * A condition on one cell of a catalog item: the cell in the column at {@code columnIndex} equals
 * {@code value}, ignoring case, after both are trimmed.
 *
 * @param columnIndex the column's position in the catalog's headers, 0 for the key
 * @param value the text the cell must equal
 */
public record CellCondition(int columnIndex, String value) {

    /** Tells whether the item's cell meets the condition; an item without that cell does not. */
    public boolean isMetBy(CatalogItem item) {
        if (columnIndex < 0 || columnIndex >= item.values().size()) {
            return false;
        }
        return normalized(item.values().get(columnIndex)).equals(normalized(value));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
